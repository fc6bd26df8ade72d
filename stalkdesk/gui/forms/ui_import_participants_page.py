# Generated from ui/importing/import_participants_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_participants_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ImportParticipantsPage(object):
    def setupUi(self, import_participants_page):
        if not import_participants_page.objectName():
            import_participants_page.setObjectName(u"import_participants_page")
        self.page_layout = QVBoxLayout(import_participants_page)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.status_label = QLabel(import_participants_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.page_layout.addWidget(self.status_label)

        self.read_progress_bar = QProgressBar(import_participants_page)
        self.read_progress_bar.setObjectName(u"read_progress_bar")
        self.read_progress_bar.setMaximum(0)
        self.read_progress_bar.setValue(0)
        self.read_progress_bar.setTextVisible(False)

        self.page_layout.addWidget(self.read_progress_bar)

        self.participants_table = QTableView(import_participants_page)
        self.participants_table.setObjectName(u"participants_table")
        self.participants_table.setAlternatingRowColors(True)
        self.participants_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants_table.setShowGrid(False)
        self.participants_table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.participants_table)

        self.suspect_note_label = QLabel(import_participants_page)
        self.suspect_note_label.setObjectName(u"suspect_note_label")
        self.suspect_note_label.setText(u"")
        self.suspect_note_label.setWordWrap(True)

        self.page_layout.addWidget(self.suspect_note_label)

        self.window_layout = QHBoxLayout()
        self.window_layout.setObjectName(u"window_layout")
        self.window_label = QLabel(import_participants_page)
        self.window_label.setObjectName(u"window_label")

        self.window_layout.addWidget(self.window_label)

        self.window_spin = QSpinBox(import_participants_page)
        self.window_spin.setObjectName(u"window_spin")
        self.window_spin.setMinimum(1)
        self.window_spin.setMaximum(10080)
        self.window_spin.setValue(60)

        self.window_layout.addWidget(self.window_spin)

        self.window_after_label = QLabel(import_participants_page)
        self.window_after_label.setObjectName(u"window_after_label")

        self.window_layout.addWidget(self.window_after_label)

        self.window_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.window_layout.addItem(self.window_spacer)


        self.page_layout.addLayout(self.window_layout)

        self.error_label = QLabel(import_participants_page)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)

#if QT_CONFIG(shortcut)
        self.window_label.setBuddy(self.window_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(import_participants_page)

        QMetaObject.connectSlotsByName(import_participants_page)
    # setupUi

    def retranslateUi(self, import_participants_page):
        import_participants_page.setTitle(QCoreApplication.translate("ImportParticipantsPage", u"People in the file", None))
        import_participants_page.setSubTitle(QCoreApplication.translate("ImportParticipantsPage", u"Tick every identity that is the suspect's: their contacts close together become one chronology entry each. Everyone's records are stored and stay searchable.", None))
#if QT_CONFIG(accessibility)
        self.participants_table.setAccessibleName(QCoreApplication.translate("ImportParticipantsPage", u"People in the file", None))
#endif // QT_CONFIG(accessibility)
        self.window_label.setText(QCoreApplication.translate("ImportParticipantsPage", u"&Group the suspect's contacts less than", None))
#if QT_CONFIG(accessibility)
        self.window_spin.setAccessibleName(QCoreApplication.translate("ImportParticipantsPage", u"Group window in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.window_spin.setSuffix(QCoreApplication.translate("ImportParticipantsPage", u" min", None))
        self.window_after_label.setText(QCoreApplication.translate("ImportParticipantsPage", u"apart into one chronology entry", None))
    # retranslateUi

