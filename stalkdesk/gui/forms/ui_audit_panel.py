# Generated from ui/audit/audit_panel.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AuditPanel(object):
    def setupUi(self, audit_panel):
        if not audit_panel.objectName():
            audit_panel.setObjectName(u"audit_panel")
        audit_panel.resize(900, 480)
        audit_panel.setStyleSheet(u"#chain_label[state=\"intact\"] { color: #1b5e20; }\n"
"#chain_label[state=\"broken\"] { color: #ffffff; background-color: #b00020; padding: 4px; }\n"
"#imported_label, #status_label { color: #4a5a6a; }")
        self.panel_layout = QVBoxLayout(audit_panel)
        self.panel_layout.setSpacing(6)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setSpacing(8)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.action_label = QLabel(audit_panel)
        self.action_label.setObjectName(u"action_label")

        self.toolbar_layout.addWidget(self.action_label)

        self.action_combo = QComboBox(audit_panel)
        self.action_combo.setObjectName(u"action_combo")
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar_layout.addWidget(self.action_combo)

        self.count_label = QLabel(audit_panel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.toolbar_layout.addWidget(self.count_label)

        self.toolbar_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.export_button = QPushButton(audit_panel)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.export_button)


        self.panel_layout.addLayout(self.toolbar_layout)

        self.chain_label = QLabel(audit_panel)
        self.chain_label.setObjectName(u"chain_label")
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.chain_label)

        self.audit_table = QTableView(audit_panel)
        self.audit_table.setObjectName(u"audit_table")
        self.audit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_table.setAlternatingRowColors(False)
        self.audit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.setShowGrid(False)
        self.audit_table.setWordWrap(False)
        self.audit_table.horizontalHeader().setHighlightSections(False)
        self.audit_table.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.audit_table)

        self.imported_label = QLabel(audit_panel)
        self.imported_label.setObjectName(u"imported_label")
        self.imported_label.setWordWrap(True)

        self.panel_layout.addWidget(self.imported_label)

        self.status_label = QLabel(audit_panel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel_layout.addWidget(self.status_label)

#if QT_CONFIG(shortcut)
        self.action_label.setBuddy(self.action_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(audit_panel)

        QMetaObject.connectSlotsByName(audit_panel)
    # setupUi

    def retranslateUi(self, audit_panel):
        self.action_label.setText(QCoreApplication.translate("AuditPanel", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.action_combo.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Show only this action", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("AuditPanel", u"Export CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("AuditPanel", u"Save the rows shown as a CSV file (not encrypted); the export is recorded in the audit trail", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.chain_label.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Audit chain status", None))
#endif // QT_CONFIG(accessibility)
        self.chain_label.setText(QCoreApplication.translate("AuditPanel", u"Checking the chain\u2026", None))
#if QT_CONFIG(accessibility)
        self.audit_table.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Audit trail", None))
#endif // QT_CONFIG(accessibility)
        self.imported_label.setText(QCoreApplication.translate("AuditPanel", u"Rows shaded amber were handed over with the case: the sending officer's own audit rows, kept beside this store's chain, not in it.", None))
        pass
    # retranslateUi

