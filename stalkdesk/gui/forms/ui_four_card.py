# Generated from ui/analysis/four_card.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'four_card.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_FourCard(object):
    def setupUi(self, four_card):
        if not four_card.objectName():
            four_card.setObjectName(u"four_card")
        four_card.resize(560, 340)
        self.card_layout = QVBoxLayout(four_card)
        self.card_layout.setSpacing(6)
        self.card_layout.setObjectName(u"card_layout")
        self.prompt_label = QLabel(four_card)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.card_layout.addWidget(self.prompt_label)

        self.counted_label = QLabel(four_card)
        self.counted_label.setObjectName(u"counted_label")
        self.counted_label.setWordWrap(True)

        self.card_layout.addWidget(self.counted_label)

        self.note_edit = QPlainTextEdit(four_card)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.card_layout.addWidget(self.note_edit)

        self.links_table = QTableView(four_card)
        self.links_table.setObjectName(u"links_table")
        self.links_table.setAlternatingRowColors(True)
        self.links_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)

        self.card_layout.addWidget(self.links_table)

        self.link_bar_layout = QHBoxLayout()
        self.link_bar_layout.setObjectName(u"link_bar_layout")
        self.link_edit = QLineEdit(four_card)
        self.link_edit.setObjectName(u"link_edit")

        self.link_bar_layout.addWidget(self.link_edit)

        self.link_button = QPushButton(four_card)
        self.link_button.setObjectName(u"link_button")
        self.link_button.setAutoDefault(False)

        self.link_bar_layout.addWidget(self.link_button)

        self.link_selection_button = QPushButton(four_card)
        self.link_selection_button.setObjectName(u"link_selection_button")
        self.link_selection_button.setAutoDefault(False)

        self.link_bar_layout.addWidget(self.link_selection_button)

        self.unlink_button = QPushButton(four_card)
        self.unlink_button.setObjectName(u"unlink_button")
        self.unlink_button.setAutoDefault(False)

        self.link_bar_layout.addWidget(self.unlink_button)


        self.card_layout.addLayout(self.link_bar_layout)

        self.message_label = QLabel(four_card)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.card_layout.addWidget(self.message_label)


        self.retranslateUi(four_card)

        QMetaObject.connectSlotsByName(four_card)
    # setupUi

    def retranslateUi(self, four_card):
        four_card.setTitle(QCoreApplication.translate("FourCard", u"Element", None))
        self.prompt_label.setProperty(u"role", QCoreApplication.translate("FourCard", u"hint", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("FourCard", u"What shows it in this case, in your words", None))
#if QT_CONFIG(tooltip)
        self.link_edit.setToolTip(QCoreApplication.translate("FourCard", u"Chronology item numbers and exhibit references, separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.link_edit.setPlaceholderText(QCoreApplication.translate("FourCard", u"Items or exhibits, e.g. 14, 16-18, AF/2", None))
        self.link_button.setText(QCoreApplication.translate("FourCard", u"Link", None))
#if QT_CONFIG(tooltip)
        self.link_selection_button.setToolTip(QCoreApplication.translate("FourCard", u"Link the entries selected in the Chronology tab", None))
#endif // QT_CONFIG(tooltip)
        self.link_selection_button.setText(QCoreApplication.translate("FourCard", u"Chronology selection", None))
        self.unlink_button.setText(QCoreApplication.translate("FourCard", u"Unlink", None))
        self.message_label.setProperty(u"role", QCoreApplication.translate("FourCard", u"error", None))
    # retranslateUi

