# Generated from ui/evidence/exhibit_viewer.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exhibit_viewer.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTabWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

from stalkdesk.gui.evidence.image_view import ImageView

class Ui_ExhibitViewer(object):
    def setupUi(self, exhibit_viewer):
        if not exhibit_viewer.objectName():
            exhibit_viewer.setObjectName(u"exhibit_viewer")
        exhibit_viewer.resize(1240, 800)
        exhibit_viewer.setSizeGripEnabled(True)
        exhibit_viewer.setStyleSheet(u"/* The main window's palette: one navy accent, greys, no gradients. */\n"
"#marking_banner_label {\n"
"  background-color: #1f3a5f;\n"
"  color: #ffffff;\n"
"  padding: 5px;\n"
"  font-weight: bold;\n"
"}\n"
"#content_widget {\n"
"  background-color: #f6f8fa;\n"
"}\n"
"#picture_toolbar_widget {\n"
"  background-color: #eef2f6;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-bottom: none;\n"
"}\n"
"#picture_stack {\n"
"  border: 1px solid #c3ccd7;\n"
"}\n"
"#message_page {\n"
"  background-color: #ffffff;\n"
"}\n"
"#message_title_label {\n"
"  color: #1f2d3d;\n"
"  font-weight: bold;\n"
"  font-size: 12pt;\n"
"}\n"
"#message_text_label, #view_note_label, #citing_empty_label, #status_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"#zoom_label {\n"
"  color: #1f2d3d;\n"
"  min-width: 44px;\n"
"}\n"
"#picture_toolbar_widget QToolButton {\n"
"  padding: 3px 9px;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-radius: 3px;\n"
"  background-color: #ffffff;\n"
"  color: #1f2d3d;\n"
"}\n"
"#picture_toolbar_widget QToolButton:hover"
                        " {\n"
"  border-color: #1f3a5f;\n"
"}\n"
"#picture_toolbar_widget QToolButton:disabled {\n"
"  color: #9aa8b8;\n"
"  background-color: #f6f8fa;\n"
"}\n"
"#details_contents {\n"
"  background-color: #ffffff;\n"
"}\n"
"QTableView {\n"
"  background-color: #ffffff;\n"
"  alternate-background-color: #f6f8fa;\n"
"  border: 1px solid #c3ccd7;\n"
"  selection-background-color: #d6e4f5;\n"
"  selection-color: #1f2d3d;\n"
"}\n"
"QTableView QHeaderView::section {\n"
"  background-color: #eef2f6;\n"
"  color: #33475b;\n"
"  border: none;\n"
"  border-bottom: 1px solid #c3ccd7;\n"
"  padding: 4px 6px;\n"
"  font-weight: bold;\n"
"}\n"
"#details_panel {\n"
"  background-color: #ffffff;\n"
"  border: 1px solid #c3ccd7;\n"
"}\n"
"#details_title_label {\n"
"  background-color: #eef2f6;\n"
"  color: #33475b;\n"
"  font-weight: bold;\n"
"  padding: 7px 12px;\n"
"  border-bottom: 1px solid #c3ccd7;\n"
"}\n"
"#continuity_hint_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"")
        self.viewer_layout = QVBoxLayout(exhibit_viewer)
        self.viewer_layout.setSpacing(0)
        self.viewer_layout.setObjectName(u"viewer_layout")
        self.viewer_layout.setContentsMargins(0, 0, 0, 0)
        self.marking_banner_label = QLabel(exhibit_viewer)
        self.marking_banner_label.setObjectName(u"marking_banner_label")
        self.marking_banner_label.setText(u"OFFICIAL-SENSITIVE")
        self.marking_banner_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.marking_banner_label.sizePolicy().hasHeightForWidth())
        self.marking_banner_label.setSizePolicy(sizePolicy)

        self.viewer_layout.addWidget(self.marking_banner_label)

        self.content_widget = QWidget(exhibit_viewer)
        self.content_widget.setObjectName(u"content_widget")
        self.content_layout = QVBoxLayout(self.content_widget)
        self.content_layout.setSpacing(10)
        self.content_layout.setObjectName(u"content_layout")
        self.content_layout.setContentsMargins(10, 10, 10, 10)
        self.vertical_splitter = QSplitter(self.content_widget)
        self.vertical_splitter.setObjectName(u"vertical_splitter")
        self.vertical_splitter.setOrientation(Qt.Orientation.Vertical)
        self.vertical_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(self.vertical_splitter)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.picture_panel = QWidget(self.main_splitter)
        self.picture_panel.setObjectName(u"picture_panel")
        self.picture_panel_layout = QVBoxLayout(self.picture_panel)
        self.picture_panel_layout.setSpacing(0)
        self.picture_panel_layout.setObjectName(u"picture_panel_layout")
        self.picture_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.picture_toolbar_widget = QWidget(self.picture_panel)
        self.picture_toolbar_widget.setObjectName(u"picture_toolbar_widget")
        self.picture_toolbar_layout = QHBoxLayout(self.picture_toolbar_widget)
        self.picture_toolbar_layout.setSpacing(6)
        self.picture_toolbar_layout.setObjectName(u"picture_toolbar_layout")
        self.picture_toolbar_layout.setContentsMargins(6, 6, 6, 6)
        self.zoom_out_button = QToolButton(self.picture_toolbar_widget)
        self.zoom_out_button.setObjectName(u"zoom_out_button")

        self.picture_toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_label = QLabel(self.picture_toolbar_widget)
        self.zoom_label.setObjectName(u"zoom_label")
        self.zoom_label.setText(u"100%")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.picture_toolbar_layout.addWidget(self.zoom_label)

        self.zoom_in_button = QToolButton(self.picture_toolbar_widget)
        self.zoom_in_button.setObjectName(u"zoom_in_button")

        self.picture_toolbar_layout.addWidget(self.zoom_in_button)

        self.fit_button = QToolButton(self.picture_toolbar_widget)
        self.fit_button.setObjectName(u"fit_button")

        self.picture_toolbar_layout.addWidget(self.fit_button)

        self.actual_size_button = QToolButton(self.picture_toolbar_widget)
        self.actual_size_button.setObjectName(u"actual_size_button")

        self.picture_toolbar_layout.addWidget(self.actual_size_button)

        self.rotate_left_button = QToolButton(self.picture_toolbar_widget)
        self.rotate_left_button.setObjectName(u"rotate_left_button")

        self.picture_toolbar_layout.addWidget(self.rotate_left_button)

        self.rotate_right_button = QToolButton(self.picture_toolbar_widget)
        self.rotate_right_button.setObjectName(u"rotate_right_button")

        self.picture_toolbar_layout.addWidget(self.rotate_right_button)

        self.picture_toolbar_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.picture_toolbar_layout.addItem(self.picture_toolbar_spacer)

        self.view_note_label = QLabel(self.picture_toolbar_widget)
        self.view_note_label.setObjectName(u"view_note_label")

        self.picture_toolbar_layout.addWidget(self.view_note_label)


        self.picture_panel_layout.addWidget(self.picture_toolbar_widget)

        self.picture_stack = QStackedWidget(self.picture_panel)
        self.picture_stack.setObjectName(u"picture_stack")
        self.image_page = QWidget()
        self.image_page.setObjectName(u"image_page")
        self.image_page_layout = QVBoxLayout(self.image_page)
        self.image_page_layout.setObjectName(u"image_page_layout")
        self.image_page_layout.setContentsMargins(0, 0, 0, 0)
        self.image_view = ImageView(self.image_page)
        self.image_view.setObjectName(u"image_view")

        self.image_page_layout.addWidget(self.image_view)

        self.picture_stack.addWidget(self.image_page)
        self.message_page = QWidget()
        self.message_page.setObjectName(u"message_page")
        self.message_layout = QVBoxLayout(self.message_page)
        self.message_layout.setSpacing(10)
        self.message_layout.setObjectName(u"message_layout")
        self.message_layout.setContentsMargins(24, 24, 24, 24)
        self.message_top_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.message_layout.addItem(self.message_top_spacer)

        self.message_icon_label = QLabel(self.message_page)
        self.message_icon_label.setObjectName(u"message_icon_label")
        self.message_icon_label.setText(u"")
        self.message_icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.message_layout.addWidget(self.message_icon_label)

        self.message_title_label = QLabel(self.message_page)
        self.message_title_label.setObjectName(u"message_title_label")
        self.message_title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_title_label.setText(u"")
        self.message_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_title_label.setWordWrap(True)

        self.message_layout.addWidget(self.message_title_label)

        self.message_text_label = QLabel(self.message_page)
        self.message_text_label.setObjectName(u"message_text_label")
        self.message_text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_text_label.setText(u"")
        self.message_text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_text_label.setWordWrap(True)
        self.message_text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.message_layout.addWidget(self.message_text_label)

        self.message_bottom_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.message_layout.addItem(self.message_bottom_spacer)

        self.picture_stack.addWidget(self.message_page)

        self.picture_panel_layout.addWidget(self.picture_stack)

        self.main_splitter.addWidget(self.picture_panel)
        self.details_panel = QFrame(self.main_splitter)
        self.details_panel.setObjectName(u"details_panel")
        self.details_panel.setMinimumSize(QSize(380, 0))
        self.details_panel_layout = QVBoxLayout(self.details_panel)
        self.details_panel_layout.setSpacing(0)
        self.details_panel_layout.setObjectName(u"details_panel_layout")
        self.details_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.details_title_label = QLabel(self.details_panel)
        self.details_title_label.setObjectName(u"details_title_label")

        self.details_panel_layout.addWidget(self.details_title_label)

        self.details_scroll = QScrollArea(self.details_panel)
        self.details_scroll.setObjectName(u"details_scroll")
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_contents = QWidget()
        self.details_contents.setObjectName(u"details_contents")
        self.details_contents_layout = QVBoxLayout(self.details_contents)
        self.details_contents_layout.setObjectName(u"details_contents_layout")
        self.details_contents_layout.setContentsMargins(0, 0, 0, 0)
        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.details_form.setFormAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.details_form.setHorizontalSpacing(14)
        self.details_form.setVerticalSpacing(7)
        self.details_form.setContentsMargins(12, 12, 12, 12)

        self.details_contents_layout.addLayout(self.details_form)

        self.details_bottom_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_contents_layout.addItem(self.details_bottom_spacer)

        self.details_contents_layout.setStretch(1, 1)
        self.details_scroll.setWidget(self.details_contents)

        self.details_panel_layout.addWidget(self.details_scroll)

        self.main_splitter.addWidget(self.details_panel)
        self.vertical_splitter.addWidget(self.main_splitter)
        self.log_tabs = QTabWidget(self.vertical_splitter)
        self.log_tabs.setObjectName(u"log_tabs")
        self.chronology_tab = QWidget()
        self.chronology_tab.setObjectName(u"chronology_tab")
        self.chronology_tab_layout = QVBoxLayout(self.chronology_tab)
        self.chronology_tab_layout.setObjectName(u"chronology_tab_layout")
        self.chronology_tab_layout.setContentsMargins(8, 8, 8, 8)
        self.citing_empty_label = QLabel(self.chronology_tab)
        self.citing_empty_label.setObjectName(u"citing_empty_label")
        self.citing_empty_label.setWordWrap(True)

        self.chronology_tab_layout.addWidget(self.citing_empty_label)

        self.citing_table = QTableView(self.chronology_tab)
        self.citing_table.setObjectName(u"citing_table")
        self.citing_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.citing_table.setAlternatingRowColors(True)
        self.citing_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.citing_table.setWordWrap(False)
        self.citing_table.horizontalHeader().setStretchLastSection(True)
        self.citing_table.verticalHeader().setVisible(False)

        self.chronology_tab_layout.addWidget(self.citing_table)

        self.log_tabs.addTab(self.chronology_tab, "")
        self.continuity_tab = QWidget()
        self.continuity_tab.setObjectName(u"continuity_tab")
        self.continuity_tab_layout = QVBoxLayout(self.continuity_tab)
        self.continuity_tab_layout.setObjectName(u"continuity_tab_layout")
        self.continuity_tab_layout.setContentsMargins(8, 8, 8, 8)
        self.continuity_table = QTableView(self.continuity_tab)
        self.continuity_table.setObjectName(u"continuity_table")
        self.continuity_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.continuity_table.setAlternatingRowColors(True)
        self.continuity_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.continuity_table.setWordWrap(False)
        self.continuity_table.horizontalHeader().setStretchLastSection(True)
        self.continuity_table.verticalHeader().setVisible(False)

        self.continuity_tab_layout.addWidget(self.continuity_table)

        self.continuity_buttons_layout = QHBoxLayout()
        self.continuity_buttons_layout.setObjectName(u"continuity_buttons_layout")
        self.add_continuity_button = QPushButton(self.continuity_tab)
        self.add_continuity_button.setObjectName(u"add_continuity_button")

        self.continuity_buttons_layout.addWidget(self.add_continuity_button)

        self.continuity_hint_label = QLabel(self.continuity_tab)
        self.continuity_hint_label.setObjectName(u"continuity_hint_label")

        self.continuity_buttons_layout.addWidget(self.continuity_hint_label)

        self.continuity_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.continuity_buttons_layout.addItem(self.continuity_spacer)


        self.continuity_tab_layout.addLayout(self.continuity_buttons_layout)

        self.log_tabs.addTab(self.continuity_tab, "")
        self.vertical_splitter.addWidget(self.log_tabs)

        self.content_layout.addWidget(self.vertical_splitter)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.export_button = QPushButton(self.content_widget)
        self.export_button.setObjectName(u"export_button")

        self.bottom_layout.addWidget(self.export_button)

        self.status_label = QLabel(self.content_widget)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy1)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bottom_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(self.content_widget)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.content_layout.addLayout(self.bottom_layout)

        self.content_layout.setStretch(0, 1)

        self.viewer_layout.addWidget(self.content_widget)

        self.viewer_layout.setStretch(1, 1)

        self.retranslateUi(exhibit_viewer)
        self.button_box.rejected.connect(exhibit_viewer.reject)

        self.picture_stack.setCurrentIndex(1)
        self.log_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(exhibit_viewer)
    # setupUi

    def retranslateUi(self, exhibit_viewer):
        exhibit_viewer.setWindowTitle(QCoreApplication.translate("ExhibitViewer", u"Exhibit", None))
        self.zoom_out_button.setText(QCoreApplication.translate("ExhibitViewer", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("ExhibitViewer", u"Zoom out (mouse wheel down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_out_button.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_in_button.setText(QCoreApplication.translate("ExhibitViewer", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("ExhibitViewer", u"Zoom in (mouse wheel up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_in_button.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.fit_button.setText(QCoreApplication.translate("ExhibitViewer", u"Fit", None))
#if QT_CONFIG(tooltip)
        self.fit_button.setToolTip(QCoreApplication.translate("ExhibitViewer", u"Fit the whole picture in the window", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fit_button.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Fit to window", None))
#endif // QT_CONFIG(accessibility)
        self.actual_size_button.setText(QCoreApplication.translate("ExhibitViewer", u"Actual size", None))
#if QT_CONFIG(tooltip)
        self.actual_size_button.setToolTip(QCoreApplication.translate("ExhibitViewer", u"One screen pixel per picture pixel", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actual_size_button.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Actual size", None))
#endif // QT_CONFIG(accessibility)
        self.rotate_left_button.setText(QCoreApplication.translate("ExhibitViewer", u"Rotate left", None))
#if QT_CONFIG(tooltip)
        self.rotate_left_button.setToolTip(QCoreApplication.translate("ExhibitViewer", u"Turn the view 90\u00b0 anticlockwise (the original is unchanged)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rotate_left_button.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Turn the view 90\u00b0 anticlockwise (the original is unchanged)", None))
#endif // QT_CONFIG(accessibility)
        self.rotate_right_button.setText(QCoreApplication.translate("ExhibitViewer", u"Rotate right", None))
#if QT_CONFIG(tooltip)
        self.rotate_right_button.setToolTip(QCoreApplication.translate("ExhibitViewer", u"Turn the view 90\u00b0 clockwise (the original is unchanged)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rotate_right_button.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Turn the view 90\u00b0 clockwise (the original is unchanged)", None))
#endif // QT_CONFIG(accessibility)
        self.view_note_label.setText(QCoreApplication.translate("ExhibitViewer", u"Changes the view only, never the original.", None))
#if QT_CONFIG(accessibility)
        self.image_view.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Picture", None))
#endif // QT_CONFIG(accessibility)
        self.details_title_label.setText(QCoreApplication.translate("ExhibitViewer", u"Details", None))
        self.citing_empty_label.setText(QCoreApplication.translate("ExhibitViewer", u"No chronology entry cites this exhibit yet.", None))
#if QT_CONFIG(accessibility)
        self.citing_table.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Chronology entries citing this exhibit", None))
#endif // QT_CONFIG(accessibility)
        self.log_tabs.setTabText(self.log_tabs.indexOf(self.chronology_tab), QCoreApplication.translate("ExhibitViewer", u"Chronology", None))
#if QT_CONFIG(accessibility)
        self.continuity_table.setAccessibleName(QCoreApplication.translate("ExhibitViewer", u"Continuity log", None))
#endif // QT_CONFIG(accessibility)
        self.add_continuity_button.setText(QCoreApplication.translate("ExhibitViewer", u"Add continuity event\u2026", None))
        self.continuity_hint_label.setText(QCoreApplication.translate("ExhibitViewer", u"Record every movement: seized, stored, examined, copied, handed over, returned.", None))
        self.log_tabs.setTabText(self.log_tabs.indexOf(self.continuity_tab), QCoreApplication.translate("ExhibitViewer", u"Continuity", None))
        self.export_button.setText(QCoreApplication.translate("ExhibitViewer", u"Export original\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("ExhibitViewer", u"Save an exact copy of the original file. The saved copy is not encrypted.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

