# Generated from ui/importing/import_run_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_run_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportRunPage(object):
    def setupUi(self, import_run_page):
        if not import_run_page.objectName():
            import_run_page.setObjectName(u"import_run_page")
        self.page_layout = QVBoxLayout(import_run_page)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.status_label = QLabel(import_run_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.page_layout.addWidget(self.status_label)

        self.import_progress_bar = QProgressBar(import_run_page)
        self.import_progress_bar.setObjectName(u"import_progress_bar")
        self.import_progress_bar.setMaximum(0)
        self.import_progress_bar.setValue(0)
        self.import_progress_bar.setTextVisible(False)

        self.page_layout.addWidget(self.import_progress_bar)

        self.cancel_layout = QHBoxLayout()
        self.cancel_layout.setObjectName(u"cancel_layout")
        self.cancel_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cancel_layout.addItem(self.cancel_spacer)

        self.cancel_import_button = QPushButton(import_run_page)
        self.cancel_import_button.setObjectName(u"cancel_import_button")

        self.cancel_layout.addWidget(self.cancel_import_button)


        self.page_layout.addLayout(self.cancel_layout)

        self.error_label = QLabel(import_run_page)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(import_run_page)

        QMetaObject.connectSlotsByName(import_run_page)
    # setupUi

    def retranslateUi(self, import_run_page):
        import_run_page.setTitle(QCoreApplication.translate("ImportRunPage", u"Importing", None))
        import_run_page.setSubTitle(QCoreApplication.translate("ImportRunPage", u"Everything is stored in one step: if the import is cancelled or fails, the case is left exactly as it was.", None))
        self.cancel_import_button.setText(QCoreApplication.translate("ImportRunPage", u"Cancel import", None))
    # retranslateUi

