# Generated from ui/importing/import_columns_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_columns_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel,
    QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ImportColumnsPage(object):
    def setupUi(self, import_columns_page):
        if not import_columns_page.objectName():
            import_columns_page.setObjectName(u"import_columns_page")
        self.page_layout = QVBoxLayout(import_columns_page)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.intro_label = QLabel(import_columns_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.mapping_scroll = QScrollArea(import_columns_page)
        self.mapping_scroll.setObjectName(u"mapping_scroll")
        self.mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_widget = QWidget()
        self.mapping_widget.setObjectName(u"mapping_widget")
        self.mapping_grid = QGridLayout(self.mapping_widget)
        self.mapping_grid.setObjectName(u"mapping_grid")
        self.mapping_grid.setHorizontalSpacing(12)
        self.mapping_grid.setVerticalSpacing(6)
        self.mapping_scroll.setWidget(self.mapping_widget)

        self.page_layout.addWidget(self.mapping_scroll)

        self.error_label = QLabel(import_columns_page)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.error_label)


        self.retranslateUi(import_columns_page)

        QMetaObject.connectSlotsByName(import_columns_page)
    # setupUi

    def retranslateUi(self, import_columns_page):
        import_columns_page.setTitle(QCoreApplication.translate("ImportColumnsPage", u"Columns", None))
        import_columns_page.setSubTitle(QCoreApplication.translate("ImportColumnsPage", u"Say which column holds what. The mapping is remembered for the next file with the same columns.", None))
    # retranslateUi

