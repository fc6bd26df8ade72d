# Generated from ui/evidence/intake_summary.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_summary.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_IntakeSummaryDialog(object):
    def setupUi(self, intake_summary_dialog):
        if not intake_summary_dialog.objectName():
            intake_summary_dialog.setObjectName(u"intake_summary_dialog")
        intake_summary_dialog.resize(560, 320)
        intake_summary_dialog.setStyleSheet(u"#headline_label { font-weight: bold; color: #1f2d3d; }\n"
"#note_label { color: #4a5a6a; }")
        self.dialog_layout = QVBoxLayout(intake_summary_dialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.headline_label = QLabel(intake_summary_dialog)
        self.headline_label.setObjectName(u"headline_label")
        self.headline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.headline_label.setText(u"")
        self.headline_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.headline_label)

        self.refused_text = QPlainTextEdit(intake_summary_dialog)
        self.refused_text.setObjectName(u"refused_text")
        self.refused_text.setReadOnly(True)
        self.refused_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.dialog_layout.addWidget(self.refused_text)

        self.note_label = QLabel(intake_summary_dialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.note_label)

        self.button_box = QDialogButtonBox(intake_summary_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(intake_summary_dialog)
        self.button_box.rejected.connect(intake_summary_dialog.accept)

        QMetaObject.connectSlotsByName(intake_summary_dialog)
    # setupUi

    def retranslateUi(self, intake_summary_dialog):
        intake_summary_dialog.setWindowTitle(QCoreApplication.translate("IntakeSummaryDialog", u"Evidence added", None))
#if QT_CONFIG(accessibility)
        self.refused_text.setAccessibleName(QCoreApplication.translate("IntakeSummaryDialog", u"Refused files and reasons", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("IntakeSummaryDialog", u"Nothing was stored for a refused file. A damaged copy may still be whole on the device it came from: ask for it again.", None))
    # retranslateUi

