# Generated from ui/importing/import_result_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_result_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListView,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportResultPage(object):
    def setupUi(self, import_result_page):
        if not import_result_page.objectName():
            import_result_page.setObjectName(u"import_result_page")
        self.page_layout = QVBoxLayout(import_result_page)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.result_label = QLabel(import_result_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)

        self.page_layout.addWidget(self.result_label)

        self.notes_label = QLabel(import_result_page)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"")
        self.notes_label.setWordWrap(True)

        self.page_layout.addWidget(self.notes_label)

        self.skipped_label = QLabel(import_result_page)
        self.skipped_label.setObjectName(u"skipped_label")
        self.skipped_label.setText(u"")
        self.skipped_label.setWordWrap(True)

        self.page_layout.addWidget(self.skipped_label)

        self.skipped_view = QListView(import_result_page)
        self.skipped_view.setObjectName(u"skipped_view")
        self.skipped_view.setAlternatingRowColors(True)
        self.skipped_view.setUniformItemSizes(True)

        self.page_layout.addWidget(self.skipped_view)

        self.copy_layout = QHBoxLayout()
        self.copy_layout.setObjectName(u"copy_layout")
        self.copy_skipped_button = QPushButton(import_result_page)
        self.copy_skipped_button.setObjectName(u"copy_skipped_button")

        self.copy_layout.addWidget(self.copy_skipped_button)

        self.copy_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.copy_layout.addItem(self.copy_spacer)


        self.page_layout.addLayout(self.copy_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(import_result_page)

        QMetaObject.connectSlotsByName(import_result_page)
    # setupUi

    def retranslateUi(self, import_result_page):
        import_result_page.setTitle(QCoreApplication.translate("ImportResultPage", u"Imported", None))
        import_result_page.setSubTitle(QCoreApplication.translate("ImportResultPage", u"The chronology and the evidence gallery now show what was imported.", None))
#if QT_CONFIG(accessibility)
        self.skipped_view.setAccessibleName(QCoreApplication.translate("ImportResultPage", u"What was skipped", None))
#endif // QT_CONFIG(accessibility)
        self.copy_skipped_button.setText(QCoreApplication.translate("ImportResultPage", u"&Copy the skipped list", None))
    # retranslateUi

