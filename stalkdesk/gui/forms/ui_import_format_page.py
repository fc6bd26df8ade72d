# Generated from ui/importing/import_format_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_format_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QProgressBar, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportFormatPage(object):
    def setupUi(self, import_format_page):
        if not import_format_page.objectName():
            import_format_page.setObjectName(u"import_format_page")
        self.page_layout = QVBoxLayout(import_format_page)
        self.page_layout.setSpacing(12)
        self.page_layout.setObjectName(u"page_layout")
        self.detected_label = QLabel(import_format_page)
        self.detected_label.setObjectName(u"detected_label")
        self.detected_label.setText(u"")
        self.detected_label.setWordWrap(True)

        self.page_layout.addWidget(self.detected_label)

        self.detect_progress_bar = QProgressBar(import_format_page)
        self.detect_progress_bar.setObjectName(u"detect_progress_bar")
        self.detect_progress_bar.setMaximum(0)
        self.detect_progress_bar.setValue(0)
        self.detect_progress_bar.setTextVisible(False)

        self.page_layout.addWidget(self.detect_progress_bar)

        self.format_form = QFormLayout()
        self.format_form.setObjectName(u"format_form")
        self.format_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.format_form.setHorizontalSpacing(12)
        self.format_label = QLabel(import_format_page)
        self.format_label.setObjectName(u"format_label")

        self.format_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo = QComboBox(import_format_page)
        self.format_combo.setObjectName(u"format_combo")
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.format_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format_combo)


        self.page_layout.addLayout(self.format_form)

        self.date_order_group = QGroupBox(import_format_page)
        self.date_order_group.setObjectName(u"date_order_group")
        self.date_order_layout = QVBoxLayout(self.date_order_group)
        self.date_order_layout.setObjectName(u"date_order_layout")
        self.dayfirst_radio = QRadioButton(self.date_order_group)
        self.dayfirst_radio.setObjectName(u"dayfirst_radio")
        self.dayfirst_radio.setChecked(True)

        self.date_order_layout.addWidget(self.dayfirst_radio)

        self.monthfirst_radio = QRadioButton(self.date_order_group)
        self.monthfirst_radio.setObjectName(u"monthfirst_radio")

        self.date_order_layout.addWidget(self.monthfirst_radio)

        self.date_order_hint_label = QLabel(self.date_order_group)
        self.date_order_hint_label.setObjectName(u"date_order_hint_label")
        self.date_order_hint_label.setWordWrap(True)

        self.date_order_layout.addWidget(self.date_order_hint_label)


        self.page_layout.addWidget(self.date_order_group)

        self.error_label = QLabel(import_format_page)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.format_label.setBuddy(self.format_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(import_format_page)

        QMetaObject.connectSlotsByName(import_format_page)
    # setupUi

    def retranslateUi(self, import_format_page):
        import_format_page.setTitle(QCoreApplication.translate("ImportFormatPage", u"Format", None))
        import_format_page.setSubTitle(QCoreApplication.translate("ImportFormatPage", u"StalkDesk recognised the format from the file's contents. Change it if it is wrong: a file that is not the format chosen is refused before anything is stored.", None))
        self.format_label.setText(QCoreApplication.translate("ImportFormatPage", u"&Import as", None))
        self.date_order_group.setTitle(QCoreApplication.translate("ImportFormatPage", u"Dates such as 03/04/2024", None))
        self.dayfirst_radio.setText(QCoreApplication.translate("ImportFormatPage", u"&Day first: 3 April 2024 (UK)", None))
        self.monthfirst_radio.setText(QCoreApplication.translate("ImportFormatPage", u"&Month first: March 4, 2024 (US)", None))
        self.date_order_hint_label.setText(QCoreApplication.translate("ImportFormatPage", u"Used only where the file itself does not settle it (a date such as 25/03/2024 does).", None))
    # retranslateUi

