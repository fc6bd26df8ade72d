# Generated from ui/evidence/evidence_view.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_EvidenceView(object):
    def setupUi(self, evidence_view):
        if not evidence_view.objectName():
            evidence_view.setObjectName(u"evidence_view")
        evidence_view.resize(900, 600)
        evidence_view.setAcceptDrops(True)
        evidence_view.setStyleSheet(u"/* The main window's palette: one navy accent, greys, no gradients. */\n"
"#evidence_view {\n"
"  background-color: #f6f8fa;\n"
"}\n"
"#add_button {\n"
"  background-color: #1f3a5f;\n"
"  color: #ffffff;\n"
"  border: 1px solid #1f3a5f;\n"
"  border-radius: 4px;\n"
"  padding: 6px 14px;\n"
"}\n"
"#add_button:hover {\n"
"  background-color: #2b4d78;\n"
"}\n"
"#add_button:disabled {\n"
"  background-color: #9aa8b8;\n"
"  border-color: #9aa8b8;\n"
"}\n"
"#count_label, #hint_label, #empty_text_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"#empty_title_label {\n"
"  color: #1f2d3d;\n"
"}\n"
"#message_label {\n"
"  background-color: #e8f0fa;\n"
"  color: #1f2d3d;\n"
"  border: 1px solid #c3d4ea;\n"
"  border-radius: 4px;\n"
"  padding: 6px 10px;\n"
"}\n"
"#gallery_list {\n"
"  background-color: #f6f8fa;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-radius: 4px;\n"
"}\n"
"#gallery_list[dropping=\"true\"], #empty_page[dropping=\"true\"] {\n"
"  border: 2px dashed #1f3a5f;\n"
"  background-color: #eef4fb;\n"
"}\n"
"#empty_pa"
                        "ge {\n"
"  border: 2px dashed #c3ccd7;\n"
"  border-radius: 8px;\n"
"}")
        self.view_layout = QVBoxLayout(evidence_view)
        self.view_layout.setSpacing(8)
        self.view_layout.setObjectName(u"view_layout")
        self.view_layout.setContentsMargins(12, 12, 12, 8)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setSpacing(8)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.add_button = QPushButton(evidence_view)
        self.add_button.setObjectName(u"add_button")

        self.toolbar_layout.addWidget(self.add_button)

        self.open_button = QPushButton(evidence_view)
        self.open_button.setObjectName(u"open_button")

        self.toolbar_layout.addWidget(self.open_button)

        self.toolbar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.filter_edit = QLineEdit(evidence_view)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setMinimumSize(QSize(300, 0))
        self.filter_edit.setClearButtonEnabled(True)

        self.toolbar_layout.addWidget(self.filter_edit)

        self.count_label = QLabel(evidence_view)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(110, 0))
        self.count_label.setText(u"")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.toolbar_layout.addWidget(self.count_label)


        self.view_layout.addLayout(self.toolbar_layout)

        self.message_label = QLabel(evidence_view)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setVisible(False)
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.view_layout.addWidget(self.message_label)

        self.gallery_stack = QStackedWidget(evidence_view)
        self.gallery_stack.setObjectName(u"gallery_stack")
        self.gallery_page = QWidget()
        self.gallery_page.setObjectName(u"gallery_page")
        self.gallery_page_layout = QVBoxLayout(self.gallery_page)
        self.gallery_page_layout.setObjectName(u"gallery_page_layout")
        self.gallery_page_layout.setContentsMargins(0, 0, 0, 0)
        self.gallery_list = QListView(self.gallery_page)
        self.gallery_list.setObjectName(u"gallery_list")
        self.gallery_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.gallery_list.setMovement(QListView.Movement.Static)
        self.gallery_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery_list.setViewMode(QListView.ViewMode.IconMode)
        self.gallery_list.setUniformItemSizes(True)
        self.gallery_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.gallery_page_layout.addWidget(self.gallery_list)

        self.gallery_stack.addWidget(self.gallery_page)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setSpacing(10)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_top_spacer)

        self.empty_title_label = QLabel(self.empty_page)
        self.empty_title_label.setObjectName(u"empty_title_label")
        self.empty_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.empty_layout.addWidget(self.empty_title_label)

        self.empty_text_label = QLabel(self.empty_page)
        self.empty_text_label.setObjectName(u"empty_text_label")
        self.empty_text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_text_label)

        self.empty_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_bottom_spacer)

        self.gallery_stack.addWidget(self.empty_page)

        self.view_layout.addWidget(self.gallery_stack)

        self.hint_label = QLabel(evidence_view)
        self.hint_label.setObjectName(u"hint_label")

        self.view_layout.addWidget(self.hint_label)


        self.retranslateUi(evidence_view)

        self.gallery_stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(evidence_view)
    # setupUi

    def retranslateUi(self, evidence_view):
        self.add_button.setText(QCoreApplication.translate("EvidenceView", u"Add evidence\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("EvidenceView", u"Take one file in as an exhibit, with its reference, description and who produced it.", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("EvidenceView", u"Open", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("EvidenceView", u"Open the selected exhibit in the viewer (or double-click it).", None))
#endif // QT_CONFIG(tooltip)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("EvidenceView", u"Filter by reference, description or file name", None))
#if QT_CONFIG(accessibility)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("EvidenceView", u"Filter exhibits", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gallery_list.setAccessibleName(QCoreApplication.translate("EvidenceView", u"Exhibits", None))
#endif // QT_CONFIG(accessibility)
        self.empty_title_label.setText(QCoreApplication.translate("EvidenceView", u"No exhibits yet", None))
        self.empty_text_label.setText(QCoreApplication.translate("EvidenceView", u"Drag screenshots, photos, recordings or whole folders here, or choose Add evidence\u2026\n"
"Each original is kept byte for byte in the encrypted store, with its SHA-256 and a continuity record.", None))
        self.hint_label.setText(QCoreApplication.translate("EvidenceView", u"Drop files or folders here to add them as exhibits. Double-click an exhibit to view it.", None))
        pass
    # retranslateUi

