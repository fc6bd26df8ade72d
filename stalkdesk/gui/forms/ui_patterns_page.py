# Generated from ui/analysis/patterns_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patterns_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_PatternsPage(object):
    def setupUi(self, patterns_page):
        if not patterns_page.objectName():
            patterns_page.setObjectName(u"patterns_page")
        patterns_page.resize(1200, 720)
        self.patterns_layout = QVBoxLayout(patterns_page)
        self.patterns_layout.setObjectName(u"patterns_layout")
        self.patterns_layout.setContentsMargins(12, 12, 12, 12)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.period_label = QLabel(patterns_page)
        self.period_label.setObjectName(u"period_label")

        self.toolbar_layout.addWidget(self.period_label)

        self.period_combo = QComboBox(patterns_page)
        self.period_combo.setObjectName(u"period_combo")

        self.toolbar_layout.addWidget(self.period_combo)

        self.breakdown_combo = QComboBox(patterns_page)
        self.breakdown_combo.setObjectName(u"breakdown_combo")

        self.toolbar_layout.addWidget(self.breakdown_combo)

        self.toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.table_label = QLabel(patterns_page)
        self.table_label.setObjectName(u"table_label")

        self.toolbar_layout.addWidget(self.table_label)

        self.table_combo = QComboBox(patterns_page)
        self.table_combo.setObjectName(u"table_combo")

        self.toolbar_layout.addWidget(self.table_combo)

        self.copy_button = QPushButton(patterns_page)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.copy_button)

        self.save_button = QPushButton(patterns_page)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.save_button)

        self.refresh_button = QPushButton(patterns_page)
        self.refresh_button.setObjectName(u"refresh_button")
        self.refresh_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.refresh_button)


        self.patterns_layout.addLayout(self.toolbar_layout)

        self.patterns_splitter = QSplitter(patterns_page)
        self.patterns_splitter.setObjectName(u"patterns_splitter")
        self.patterns_splitter.setOrientation(Qt.Orientation.Vertical)
        self.patterns_splitter.setChildrenCollapsible(False)
        self.top_widget = QWidget(self.patterns_splitter)
        self.top_widget.setObjectName(u"top_widget")
        self.top_layout = QHBoxLayout(self.top_widget)
        self.top_layout.setObjectName(u"top_layout")
        self.top_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_group = QGroupBox(self.top_widget)
        self.chart_group.setObjectName(u"chart_group")
        self.chart_layout = QVBoxLayout(self.chart_group)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(2, -1, 2, 2)

        self.top_layout.addWidget(self.chart_group)

        self.summary_group = QGroupBox(self.top_widget)
        self.summary_group.setObjectName(u"summary_group")
        self.summary_layout = QVBoxLayout(self.summary_group)
        self.summary_layout.setObjectName(u"summary_layout")
        self.figures_table = QTableView(self.summary_group)
        self.figures_table.setObjectName(u"figures_table")
        self.figures_table.setAlternatingRowColors(True)
        self.figures_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.figures_table.setWordWrap(True)

        self.summary_layout.addWidget(self.figures_table)

        self.trend_label = QLabel(self.summary_group)
        self.trend_label.setObjectName(u"trend_label")
        self.trend_label.setWordWrap(True)

        self.summary_layout.addWidget(self.trend_label)


        self.top_layout.addWidget(self.summary_group)

        self.top_layout.setStretch(0, 5)
        self.top_layout.setStretch(1, 2)
        self.patterns_splitter.addWidget(self.top_widget)
        self.core_group = QGroupBox(self.patterns_splitter)
        self.core_group.setObjectName(u"core_group")
        self.core_layout = QVBoxLayout(self.core_group)
        self.core_layout.setObjectName(u"core_layout")
        self.core_table = QTableView(self.core_group)
        self.core_table.setObjectName(u"core_table")
        self.core_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.core_table.setShowGrid(True)

        self.core_layout.addWidget(self.core_table)

        self.notes_label = QLabel(self.core_group)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setWordWrap(True)

        self.core_layout.addWidget(self.notes_label)

        self.patterns_splitter.addWidget(self.core_group)

        self.patterns_layout.addWidget(self.patterns_splitter)


        self.retranslateUi(patterns_page)

        QMetaObject.connectSlotsByName(patterns_page)
    # setupUi

    def retranslateUi(self, patterns_page):
        self.period_label.setText(QCoreApplication.translate("PatternsPage", u"Contacts", None))
        self.table_label.setText(QCoreApplication.translate("PatternsPage", u"Numbers", None))
        self.copy_button.setText(QCoreApplication.translate("PatternsPage", u"&Copy as CSV", None))
        self.save_button.setText(QCoreApplication.translate("PatternsPage", u"&Save CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("PatternsPage", u"Count again from the chronology and the imported records", None))
#endif // QT_CONFIG(tooltip)
        self.refresh_button.setText(QCoreApplication.translate("PatternsPage", u"&Recount", None))
        self.chart_group.setTitle(QCoreApplication.translate("PatternsPage", u"Contacts over time", None))
        self.summary_group.setTitle(QCoreApplication.translate("PatternsPage", u"Summary", None))
        self.trend_label.setProperty(u"role", QCoreApplication.translate("PatternsPage", u"banner", None))
        self.core_group.setTitle(QCoreApplication.translate("PatternsPage", u"Core times: contacts by hour of day and day of week", None))
        self.notes_label.setProperty(u"role", QCoreApplication.translate("PatternsPage", u"hint", None))
        pass
    # retranslateUi

