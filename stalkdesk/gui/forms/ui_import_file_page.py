# Generated from ui/importing/import_file_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportFilePage(object):
    def setupUi(self, import_file_page):
        if not import_file_page.objectName():
            import_file_page.setObjectName(u"import_file_page")
        self.page_layout = QVBoxLayout(import_file_page)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.drop_frame = QFrame(import_file_page)
        self.drop_frame.setObjectName(u"drop_frame")
        self.drop_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_layout = QVBoxLayout(self.drop_frame)
        self.drop_layout.setSpacing(8)
        self.drop_layout.setObjectName(u"drop_layout")
        self.drop_layout.setContentsMargins(16, 16, 16, 16)
        self.drop_label = QLabel(self.drop_frame)
        self.drop_label.setObjectName(u"drop_label")
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.drop_layout.addWidget(self.drop_label)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_edit = QLineEdit(self.drop_frame)
        self.path_edit.setObjectName(u"path_edit")
        self.path_edit.setClearButtonEnabled(True)

        self.path_layout.addWidget(self.path_edit)

        self.choose_file_button = QPushButton(self.drop_frame)
        self.choose_file_button.setObjectName(u"choose_file_button")

        self.path_layout.addWidget(self.choose_file_button)

        self.choose_folder_button = QPushButton(self.drop_frame)
        self.choose_folder_button.setObjectName(u"choose_folder_button")

        self.path_layout.addWidget(self.choose_folder_button)


        self.drop_layout.addLayout(self.path_layout)


        self.page_layout.addWidget(self.drop_frame)

        self.file_info_label = QLabel(import_file_page)
        self.file_info_label.setObjectName(u"file_info_label")
        self.file_info_label.setText(u"")
        self.file_info_label.setWordWrap(True)

        self.page_layout.addWidget(self.file_info_label)

        self.formats_label = QLabel(import_file_page)
        self.formats_label.setObjectName(u"formats_label")
        self.formats_label.setText(u"")
        self.formats_label.setWordWrap(True)

        self.page_layout.addWidget(self.formats_label)

        self.error_label = QLabel(import_file_page)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(import_file_page)

        QMetaObject.connectSlotsByName(import_file_page)
    # setupUi

    def retranslateUi(self, import_file_page):
        import_file_page.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose what to import", None))
        import_file_page.setSubTitle(QCoreApplication.translate("ImportFilePage", u"The material as it was received: a message export, call records, a diary, emails or pictures. The file itself is kept as an exhibit, byte for byte; it is never changed.", None))
        self.drop_label.setText(QCoreApplication.translate("ImportFilePage", u"Drop a file or folder here, or choose one.", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"File or folder to import", None))
#endif // QT_CONFIG(accessibility)
        self.path_edit.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"Path of the file or folder", None))
        self.choose_file_button.setText(QCoreApplication.translate("ImportFilePage", u"Choose &file\u2026", None))
        self.choose_folder_button.setText(QCoreApplication.translate("ImportFilePage", u"Choose f&older\u2026", None))
    # retranslateUi

