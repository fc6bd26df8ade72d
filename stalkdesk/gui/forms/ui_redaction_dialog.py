# Generated from ui/redaction/redaction_dialog.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'redaction_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RedactionDialog(object):
    def setupUi(self, redaction_dialog):
        if not redaction_dialog.objectName():
            redaction_dialog.setObjectName(u"redaction_dialog")
        redaction_dialog.resize(1100, 620)
        redaction_dialog.setStyleSheet(u"#marking_label { background-color: #1f3a5f; color: #ffffff; padding: 5px; font-weight: bold; }\n"
"#intro_label, #count_label, #status_label { color: #4a5a6a; }")
        self.dialog_layout = QVBoxLayout(redaction_dialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(0, 0, 0, 10)
        self.marking_label = QLabel(redaction_dialog)
        self.marking_label.setObjectName(u"marking_label")
        self.marking_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.dialog_layout.addWidget(self.marking_label)

        self.body_layout = QVBoxLayout()
        self.body_layout.setSpacing(8)
        self.body_layout.setObjectName(u"body_layout")
        self.body_layout.setContentsMargins(12, -1, 12, -1)
        self.intro_label = QLabel(redaction_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.body_layout.addWidget(self.intro_label)

        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setSpacing(8)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.scan_button = QPushButton(redaction_dialog)
        self.scan_button.setObjectName(u"scan_button")

        self.toolbar_layout.addWidget(self.scan_button)

        self.toolbar_spacer_1 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer_1)

        self.status_filter_label = QLabel(redaction_dialog)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.toolbar_layout.addWidget(self.status_filter_label)

        self.status_combo = QComboBox(redaction_dialog)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar_layout.addWidget(self.status_combo)

        self.kind_filter_label = QLabel(redaction_dialog)
        self.kind_filter_label.setObjectName(u"kind_filter_label")

        self.toolbar_layout.addWidget(self.kind_filter_label)

        self.kind_combo = QComboBox(redaction_dialog)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar_layout.addWidget(self.kind_combo)

        self.toolbar_spacer_2 = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer_2)

        self.count_label = QLabel(redaction_dialog)
        self.count_label.setObjectName(u"count_label")

        self.toolbar_layout.addWidget(self.count_label)


        self.body_layout.addLayout(self.toolbar_layout)

        self.suggestions_table = QTableView(redaction_dialog)
        self.suggestions_table.setObjectName(u"suggestions_table")
        self.suggestions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions_table.setAlternatingRowColors(True)
        self.suggestions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions_table.setWordWrap(False)
        self.suggestions_table.verticalHeader().setVisible(False)

        self.body_layout.addWidget(self.suggestions_table)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(8)
        self.actions_layout.setObjectName(u"actions_layout")
        self.accept_button = QPushButton(redaction_dialog)
        self.accept_button.setObjectName(u"accept_button")

        self.actions_layout.addWidget(self.accept_button)

        self.dismiss_button = QPushButton(redaction_dialog)
        self.dismiss_button.setObjectName(u"dismiss_button")

        self.actions_layout.addWidget(self.dismiss_button)

        self.status_label = QLabel(redaction_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.actions_layout.addWidget(self.status_label)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.button_box = QDialogButtonBox(redaction_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions_layout.addWidget(self.button_box)


        self.body_layout.addLayout(self.actions_layout)


        self.dialog_layout.addLayout(self.body_layout)

#if QT_CONFIG(shortcut)
        self.status_filter_label.setBuddy(self.status_combo)
        self.kind_filter_label.setBuddy(self.kind_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.suggestions_table)
        QWidget.setTabOrder(self.suggestions_table, self.accept_button)
        QWidget.setTabOrder(self.accept_button, self.dismiss_button)

        self.retranslateUi(redaction_dialog)

        QMetaObject.connectSlotsByName(redaction_dialog)
    # setupUi

    def retranslateUi(self, redaction_dialog):
        redaction_dialog.setWindowTitle(QCoreApplication.translate("RedactionDialog", u"Redaction", None))
        self.intro_label.setText(QCoreApplication.translate("RedactionDialog", u"StalkDesk looks for personal data (phone numbers, email addresses, postcodes, vehicle registrations, dates of birth, National Insurance and bank card numbers) in the entries, the imported messages, the exhibit descriptions and the case narrative. An accepted span is replaced by a marker in every CPS version; the internal version keeps it. Every decision needs a reason and goes into the redaction log.", None))
        self.scan_button.setText(QCoreApplication.translate("RedactionDialog", u"&Scan for personal data", None))
#if QT_CONFIG(tooltip)
        self.scan_button.setToolTip(QCoreApplication.translate("RedactionDialog", u"Look through the case's text again; only what is new is added, decisions already made stay", None))
#endif // QT_CONFIG(tooltip)
        self.status_filter_label.setText(QCoreApplication.translate("RedactionDialog", u"S&how", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("RedactionDialog", u"Show only this decision", None))
#endif // QT_CONFIG(accessibility)
        self.kind_filter_label.setText(QCoreApplication.translate("RedactionDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("RedactionDialog", u"Show only this kind of personal data", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.suggestions_table.setAccessibleName(QCoreApplication.translate("RedactionDialog", u"Personal data found", None))
#endif // QT_CONFIG(accessibility)
        self.accept_button.setText(QCoreApplication.translate("RedactionDialog", u"&Accept\u2026", None))
#if QT_CONFIG(tooltip)
        self.accept_button.setToolTip(QCoreApplication.translate("RedactionDialog", u"Redact the selected words in every CPS version, with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.dismiss_button.setText(QCoreApplication.translate("RedactionDialog", u"&Dismiss\u2026", None))
#if QT_CONFIG(tooltip)
        self.dismiss_button.setToolTip(QCoreApplication.translate("RedactionDialog", u"Leave the selected words in every version, with a reason; they are not suggested again", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

