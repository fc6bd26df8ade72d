# Generated from ui/analysis/risk_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_RiskPage(object):
    def setupUi(self, risk_page):
        if not risk_page.objectName():
            risk_page.setObjectName(u"risk_page")
        risk_page.resize(1200, 720)
        self.risk_layout = QVBoxLayout(risk_page)
        self.risk_layout.setObjectName(u"risk_layout")
        self.risk_layout.setContentsMargins(12, 12, 12, 12)
        self.risk_header_layout = QHBoxLayout()
        self.risk_header_layout.setObjectName(u"risk_header_layout")
        self.trigger_label = QLabel(risk_page)
        self.trigger_label.setObjectName(u"trigger_label")
        self.trigger_label.setWordWrap(True)

        self.risk_header_layout.addWidget(self.trigger_label)

        self.new_sdash_button = QPushButton(risk_page)
        self.new_sdash_button.setObjectName(u"new_sdash_button")
        self.new_sdash_button.setAutoDefault(False)

        self.risk_header_layout.addWidget(self.new_sdash_button)

        self.risk_header_layout.setStretch(0, 1)

        self.risk_layout.addLayout(self.risk_header_layout)

        self.review_group = QGroupBox(risk_page)
        self.review_group.setObjectName(u"review_group")
        self.review_layout = QHBoxLayout(self.review_group)
        self.review_layout.setObjectName(u"review_layout")
        self.review_check = QCheckBox(self.review_group)
        self.review_check.setObjectName(u"review_check")

        self.review_layout.addWidget(self.review_check)

        self.review_date_edit = QDateEdit(self.review_group)
        self.review_date_edit.setObjectName(u"review_date_edit")
        self.review_date_edit.setCalendarPopup(True)

        self.review_layout.addWidget(self.review_date_edit)

        self.review_note_edit = QLineEdit(self.review_group)
        self.review_note_edit.setObjectName(u"review_note_edit")

        self.review_layout.addWidget(self.review_note_edit)

        self.review_status_label = QLabel(self.review_group)
        self.review_status_label.setObjectName(u"review_status_label")

        self.review_layout.addWidget(self.review_status_label)

        self.review_layout.setStretch(2, 1)

        self.risk_layout.addWidget(self.review_group)

        self.risk_splitter = QSplitter(risk_page)
        self.risk_splitter.setObjectName(u"risk_splitter")
        self.risk_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.risk_splitter.setChildrenCollapsible(False)
        self.history_group = QGroupBox(self.risk_splitter)
        self.history_group.setObjectName(u"history_group")
        self.history_layout = QVBoxLayout(self.history_group)
        self.history_layout.setObjectName(u"history_layout")
        self.history_table = QTableView(self.history_group)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.history_layout.addWidget(self.history_table)

        self.answers_title_label = QLabel(self.history_group)
        self.answers_title_label.setObjectName(u"answers_title_label")

        self.history_layout.addWidget(self.answers_title_label)

        self.answers_table = QTableView(self.history_group)
        self.answers_table.setObjectName(u"answers_table")
        self.answers_table.setAlternatingRowColors(True)
        self.answers_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.history_layout.addWidget(self.answers_table)

        self.history_layout.setStretch(0, 2)
        self.history_layout.setStretch(2, 3)
        self.risk_splitter.addWidget(self.history_group)
        self.trend_group = QGroupBox(self.risk_splitter)
        self.trend_group.setObjectName(u"trend_group")
        self.trend_layout = QVBoxLayout(self.trend_group)
        self.trend_layout.setObjectName(u"trend_layout")
        self.trend_label = QLabel(self.trend_group)
        self.trend_label.setObjectName(u"trend_label")
        self.trend_label.setWordWrap(True)

        self.trend_layout.addWidget(self.trend_label)

        self.risk_splitter.addWidget(self.trend_group)

        self.risk_layout.addWidget(self.risk_splitter)

        self.risk_layout.setStretch(2, 1)

        self.retranslateUi(risk_page)

        QMetaObject.connectSlotsByName(risk_page)
    # setupUi

    def retranslateUi(self, risk_page):
        self.trigger_label.setProperty(u"role", QCoreApplication.translate("RiskPage", u"banner", None))
        self.new_sdash_button.setText(QCoreApplication.translate("RiskPage", u"&New S-DASH\u2026", None))
        self.review_group.setTitle(QCoreApplication.translate("RiskPage", u"Next risk review", None))
        self.review_check.setText(QCoreApplication.translate("RiskPage", u"Review on", None))
        self.review_date_edit.setDisplayFormat(QCoreApplication.translate("RiskPage", u"dd/MM/yyyy", None))
        self.review_note_edit.setPlaceholderText(QCoreApplication.translate("RiskPage", u"What to look at (optional)", None))
        self.review_status_label.setProperty(u"role", QCoreApplication.translate("RiskPage", u"hint", None))
        self.history_group.setTitle(QCoreApplication.translate("RiskPage", u"S-DASH screenings", None))
        self.answers_title_label.setProperty(u"role", QCoreApplication.translate("RiskPage", u"hint", None))
        self.trend_group.setTitle(QCoreApplication.translate("RiskPage", u"Yes answers over time", None))
        pass
    # retranslateUi

