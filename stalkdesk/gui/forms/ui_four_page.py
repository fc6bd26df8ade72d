# Generated from ui/analysis/four_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'four_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FourPage(object):
    def setupUi(self, four_page):
        if not four_page.objectName():
            four_page.setObjectName(u"four_page")
        four_page.resize(1200, 720)
        self.four_layout = QVBoxLayout(four_page)
        self.four_layout.setObjectName(u"four_layout")
        self.four_layout.setContentsMargins(12, 12, 12, 12)
        self.four_header_layout = QHBoxLayout()
        self.four_header_layout.setObjectName(u"four_header_layout")
        self.summary_label = QLabel(four_page)
        self.summary_label.setObjectName(u"summary_label")

        self.four_header_layout.addWidget(self.summary_label)

        self.four_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.four_header_layout.addItem(self.four_header_spacer)

        self.save_state_label = QLabel(four_page)
        self.save_state_label.setObjectName(u"save_state_label")

        self.four_header_layout.addWidget(self.save_state_label)


        self.four_layout.addLayout(self.four_header_layout)

        self.four_hint_label = QLabel(four_page)
        self.four_hint_label.setObjectName(u"four_hint_label")
        self.four_hint_label.setWordWrap(True)

        self.four_layout.addWidget(self.four_hint_label)

        self.cards_layout = QGridLayout()
        self.cards_layout.setObjectName(u"cards_layout")
        self.cards_layout.setHorizontalSpacing(12)
        self.cards_layout.setVerticalSpacing(4)

        self.four_layout.addLayout(self.cards_layout)


        self.retranslateUi(four_page)

        QMetaObject.connectSlotsByName(four_page)
    # setupUi

    def retranslateUi(self, four_page):
        self.summary_label.setProperty(u"role", QCoreApplication.translate("FourPage", u"heading", None))
        self.save_state_label.setText(QCoreApplication.translate("FourPage", u"Notes are saved as you type.", None))
        self.save_state_label.setProperty(u"role", QCoreApplication.translate("FourPage", u"hint", None))
        self.four_hint_label.setText(QCoreApplication.translate("FourPage", u"FOUR is the College of Policing's prompt for recognising stalking: behaviour that is Fixated, Obsessive, Unwanted and Repeated. Note what shows each element and link the items that illustrate it.", None))
        self.four_hint_label.setProperty(u"role", QCoreApplication.translate("FourPage", u"hint", None))
        pass
    # retranslateUi

