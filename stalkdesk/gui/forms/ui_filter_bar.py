# Generated from ui/chronology/filter_bar.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'filter_bar.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_FilterBar(object):
    def setupUi(self, filter_bar):
        if not filter_bar.objectName():
            filter_bar.setObjectName(u"filter_bar")
        filter_bar.resize(900, 64)
        filter_bar.setStyleSheet(u"/* A filter in use is navy and bold, so a narrowed list is never mistaken for the whole. */\n"
"QToolButton {\n"
"  padding: 3px 6px;\n"
"}\n"
"QToolButton::menu-indicator {\n"
"  image: none;\n"
"  width: 0px;\n"
"}\n"
"QToolButton[active=\"true\"] {\n"
"  color: #1f3a5f;\n"
"  font-weight: bold;\n"
"}\n"
"#count_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"#count_label[filtered=\"true\"] {\n"
"  color: #1f3a5f;\n"
"  font-weight: bold;\n"
"}")
        self.filter_layout = QVBoxLayout(filter_bar)
        self.filter_layout.setSpacing(6)
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_top_layout = QHBoxLayout()
        self.filter_top_layout.setSpacing(6)
        self.filter_top_layout.setObjectName(u"filter_top_layout")
        self.search_edit = QLineEdit(filter_bar)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(180, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.filter_top_layout.addWidget(self.search_edit)

        self.behaviours_button = QToolButton(filter_bar)
        self.behaviours_button.setObjectName(u"behaviours_button")
        self.behaviours_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.filter_top_layout.addWidget(self.behaviours_button)

        self.channel_button = QToolButton(filter_bar)
        self.channel_button.setObjectName(u"channel_button")
        self.channel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.filter_top_layout.addWidget(self.channel_button)

        self.source_button = QToolButton(filter_bar)
        self.source_button.setObjectName(u"source_button")
        self.source_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.filter_top_layout.addWidget(self.source_button)

        self.evidential_button = QToolButton(filter_bar)
        self.evidential_button.setObjectName(u"evidential_button")
        self.evidential_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.filter_top_layout.addWidget(self.evidential_button)

        self.disclosure_button = QToolButton(filter_bar)
        self.disclosure_button.setObjectName(u"disclosure_button")
        self.disclosure_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.filter_top_layout.addWidget(self.disclosure_button)

        self.filter_top_layout.setStretch(0, 1)

        self.filter_layout.addLayout(self.filter_top_layout)

        self.filter_bottom_layout = QHBoxLayout()
        self.filter_bottom_layout.setSpacing(6)
        self.filter_bottom_layout.setObjectName(u"filter_bottom_layout")
        self.from_label = QLabel(filter_bar)
        self.from_label.setObjectName(u"from_label")

        self.filter_bottom_layout.addWidget(self.from_label)

        self.from_date_edit = QDateEdit(filter_bar)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.from_date_edit.setCalendarPopup(True)

        self.filter_bottom_layout.addWidget(self.from_date_edit)

        self.to_label = QLabel(filter_bar)
        self.to_label.setObjectName(u"to_label")

        self.filter_bottom_layout.addWidget(self.to_label)

        self.to_date_edit = QDateEdit(filter_bar)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.to_date_edit.setCalendarPopup(True)

        self.filter_bottom_layout.addWidget(self.to_date_edit)

        self.show_deleted_check = QCheckBox(filter_bar)
        self.show_deleted_check.setObjectName(u"show_deleted_check")

        self.filter_bottom_layout.addWidget(self.show_deleted_check)

        self.clear_button = QToolButton(filter_bar)
        self.clear_button.setObjectName(u"clear_button")

        self.filter_bottom_layout.addWidget(self.clear_button)

        self.filter_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_bottom_layout.addItem(self.filter_spacer)

        self.count_label = QLabel(filter_bar)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setMinimumSize(QSize(150, 0))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_bottom_layout.addWidget(self.count_label)


        self.filter_layout.addLayout(self.filter_bottom_layout)

#if QT_CONFIG(shortcut)
        self.from_label.setBuddy(self.from_date_edit)
        self.to_label.setBuddy(self.to_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.behaviours_button)
        QWidget.setTabOrder(self.behaviours_button, self.channel_button)
        QWidget.setTabOrder(self.channel_button, self.source_button)
        QWidget.setTabOrder(self.source_button, self.evidential_button)
        QWidget.setTabOrder(self.evidential_button, self.disclosure_button)
        QWidget.setTabOrder(self.disclosure_button, self.from_date_edit)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.show_deleted_check)
        QWidget.setTabOrder(self.show_deleted_check, self.clear_button)

        self.retranslateUi(filter_bar)

        QMetaObject.connectSlotsByName(filter_bar)
    # setupUi

    def retranslateUi(self, filter_bar):
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("FilterBar", u"Search the chronology", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.search_edit.setToolTip(QCoreApplication.translate("FilterBar", u"Entries whose summary, account or place contain every word typed (as the start of a word). Ctrl+F", None))
#endif // QT_CONFIG(tooltip)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("FilterBar", u"Search summary, account, place (Ctrl+F)", None))
        self.behaviours_button.setText(QCoreApplication.translate("FilterBar", u"Behaviours", None))
        self.channel_button.setText(QCoreApplication.translate("FilterBar", u"Channel", None))
        self.source_button.setText(QCoreApplication.translate("FilterBar", u"Source", None))
        self.evidential_button.setText(QCoreApplication.translate("FilterBar", u"Evidence", None))
#if QT_CONFIG(tooltip)
        self.evidential_button.setToolTip(QCoreApplication.translate("FilterBar", u"Evidential status", None))
#endif // QT_CONFIG(tooltip)
        self.disclosure_button.setText(QCoreApplication.translate("FilterBar", u"Disclosure", None))
        self.from_label.setText(QCoreApplication.translate("FilterBar", u"From", None))
#if QT_CONFIG(accessibility)
        self.from_date_edit.setAccessibleName(QCoreApplication.translate("FilterBar", u"From date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.from_date_edit.setToolTip(QCoreApplication.translate("FilterBar", u"Entries that started on or after this day. \"any\" sets no limit; Delete goes back to it.", None))
#endif // QT_CONFIG(tooltip)
        self.from_date_edit.setSpecialValueText(QCoreApplication.translate("FilterBar", u"any", None))
        self.to_label.setText(QCoreApplication.translate("FilterBar", u"to", None))
#if QT_CONFIG(accessibility)
        self.to_date_edit.setAccessibleName(QCoreApplication.translate("FilterBar", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.to_date_edit.setToolTip(QCoreApplication.translate("FilterBar", u"Entries that started on or before this day. \"any\" sets no limit; Delete goes back to it.", None))
#endif // QT_CONFIG(tooltip)
        self.to_date_edit.setSpecialValueText(QCoreApplication.translate("FilterBar", u"any", None))
#if QT_CONFIG(tooltip)
        self.show_deleted_check.setToolTip(QCoreApplication.translate("FilterBar", u"Also list deleted entries (greyed and struck through). Their item numbers are never reused.", None))
#endif // QT_CONFIG(tooltip)
        self.show_deleted_check.setText(QCoreApplication.translate("FilterBar", u"Show deleted", None))
#if QT_CONFIG(tooltip)
        self.clear_button.setToolTip(QCoreApplication.translate("FilterBar", u"Remove every filter and show the whole chronology", None))
#endif // QT_CONFIG(tooltip)
        self.clear_button.setText(QCoreApplication.translate("FilterBar", u"Clear filters", None))
        pass
    # retranslateUi

