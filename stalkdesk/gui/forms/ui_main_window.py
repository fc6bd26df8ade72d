# Generated from ui/main_window.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QTableView, QVBoxLayout,
    QWidget)
from . import rc_stalkdesk

class Ui_MainWindow(object):
    def setupUi(self, main_window):
        if not main_window.objectName():
            main_window.setObjectName(u"main_window")
        main_window.resize(1100, 700)
        main_window.setMinimumSize(QSize(720, 480))
        icon = QIcon()
        icon.addFile(u":/icons/stalkdesk.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        main_window.setWindowIcon(icon)
        main_window.setStyleSheet(u"/* Calm and plain: one navy accent, greys, no gradients. */\n"
"#marking_banner_label {\n"
"  background-color: #1f3a5f;\n"
"  color: #ffffff;\n"
"  padding: 5px;\n"
"}\n"
"#empty_page, #cases_page {\n"
"  background-color: #f6f8fa;\n"
"}\n"
"#empty_title_label, #cases_title_label {\n"
"  color: #1f2d3d;\n"
"}\n"
"#empty_text_label, #cases_hint_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"#load_demo_button {\n"
"  background-color: #1f3a5f;\n"
"  color: #ffffff;\n"
"  border: 1px solid #1f3a5f;\n"
"  border-radius: 4px;\n"
"  padding: 8px 18px;\n"
"}\n"
"#load_demo_button:hover {\n"
"  background-color: #2b4d78;\n"
"}\n"
"#load_demo_button:disabled {\n"
"  background-color: #9aa8b8;\n"
"  border-color: #9aa8b8;\n"
"}\n"
"#new_case_button, #empty_new_case_button {\n"
"  background-color: #ffffff;\n"
"  color: #1f3a5f;\n"
"  border: 1px solid #9aa8b8;\n"
"  border-radius: 4px;\n"
"  padding: 6px 16px;\n"
"}\n"
"#empty_new_case_button {\n"
"  padding: 8px 18px;\n"
"}\n"
"#new_case_button:hover, #empty_new_case_button:"
                        "hover {\n"
"  background-color: #eef2f6;\n"
"  border-color: #1f3a5f;\n"
"}\n"
"#search_edit {\n"
"  background-color: #ffffff;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-radius: 4px;\n"
"  padding: 5px 8px;\n"
"}\n"
"#search_edit:focus {\n"
"  border-color: #1f3a5f;\n"
"}\n"
"#case_table {\n"
"  background-color: #ffffff;\n"
"  alternate-background-color: #f6f8fa;\n"
"  border: 1px solid #c3ccd7;\n"
"  selection-background-color: #d6e4f5;\n"
"  selection-color: #1f2d3d;\n"
"  outline: 0;\n"
"}\n"
"#case_table::item {\n"
"  padding: 0 8px;\n"
"}\n"
"#case_table QHeaderView::section {\n"
"  background-color: #eef2f6;\n"
"  color: #33475b;\n"
"  border: none;\n"
"  border-bottom: 1px solid #c3ccd7;\n"
"  padding: 5px 8px;\n"
"  font-weight: bold;\n"
"}")
        self.new_case_action = QAction(main_window)
        self.new_case_action.setObjectName(u"new_case_action")
        self.close_case_action = QAction(main_window)
        self.close_case_action.setObjectName(u"close_case_action")
        self.close_case_action.setEnabled(False)
        self.load_demo_action = QAction(main_window)
        self.load_demo_action.setObjectName(u"load_demo_action")
        icon1 = QIcon()
        icon1.addFile(u":/icons/demo_case.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.load_demo_action.setIcon(icon1)
        self.lock_action = QAction(main_window)
        self.lock_action.setObjectName(u"lock_action")
        icon2 = QIcon()
        icon2.addFile(u":/icons/lock.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.lock_action.setIcon(icon2)
        self.quit_action = QAction(main_window)
        self.quit_action.setObjectName(u"quit_action")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.audit_trail_action = QAction(main_window)
        self.audit_trail_action.setObjectName(u"audit_trail_action")
        self.audit_trail_action.setEnabled(False)
        self.handover_action = QAction(main_window)
        self.handover_action.setObjectName(u"handover_action")
        self.handover_action.setEnabled(False)
        self.receive_case_action = QAction(main_window)
        self.receive_case_action.setObjectName(u"receive_case_action")
        self.backup_action = QAction(main_window)
        self.backup_action.setObjectName(u"backup_action")
        self.import_action = QAction(main_window)
        self.import_action.setObjectName(u"import_action")
        self.import_action.setEnabled(False)
        self.reports_action = QAction(main_window)
        self.reports_action.setObjectName(u"reports_action")
        self.reports_action.setEnabled(False)
        self.redaction_action = QAction(main_window)
        self.redaction_action.setObjectName(u"redaction_action")
        self.redaction_action.setEnabled(False)
        self.about_action = QAction(main_window)
        self.about_action.setObjectName(u"about_action")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.central_widget = QWidget(main_window)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.marking_banner_label = QLabel(self.central_widget)
        self.marking_banner_label.setObjectName(u"marking_banner_label")
        font = QFont()
        font.setBold(True)
        self.marking_banner_label.setFont(font)
        self.marking_banner_label.setText(u"OFFICIAL-SENSITIVE")
        self.marking_banner_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.central_layout.addWidget(self.marking_banner_label)

        self.case_stack = QStackedWidget(self.central_widget)
        self.case_stack.setObjectName(u"case_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setSpacing(12)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_top_spacer)

        self.empty_icon_label = QLabel(self.empty_page)
        self.empty_icon_label.setObjectName(u"empty_icon_label")
        self.empty_icon_label.setPixmap(QPixmap(u":/icons/empty_cases.svg"))
        self.empty_icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.empty_layout.addWidget(self.empty_icon_label)

        self.empty_title_label = QLabel(self.empty_page)
        self.empty_title_label.setObjectName(u"empty_title_label")
        font1 = QFont()
        font1.setPointSize(16)
        font1.setBold(True)
        self.empty_title_label.setFont(font1)
        self.empty_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.empty_layout.addWidget(self.empty_title_label)

        self.empty_text_layout = QHBoxLayout()
        self.empty_text_layout.setObjectName(u"empty_text_layout")
        self.empty_text_left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_text_layout.addItem(self.empty_text_left_spacer)

        self.empty_text_label = QLabel(self.empty_page)
        self.empty_text_label.setObjectName(u"empty_text_label")
        self.empty_text_label.setMinimumSize(QSize(520, 0))
        self.empty_text_label.setMaximumSize(QSize(520, 16777215))
        self.empty_text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text_label.setWordWrap(True)

        self.empty_text_layout.addWidget(self.empty_text_label)

        self.empty_text_right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_text_layout.addItem(self.empty_text_right_spacer)


        self.empty_layout.addLayout(self.empty_text_layout)

        self.empty_button_layout = QHBoxLayout()
        self.empty_button_layout.setObjectName(u"empty_button_layout")
        self.empty_left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_button_layout.addItem(self.empty_left_spacer)

        self.empty_new_case_button = QPushButton(self.empty_page)
        self.empty_new_case_button.setObjectName(u"empty_new_case_button")
        self.empty_new_case_button.setAutoDefault(False)

        self.empty_button_layout.addWidget(self.empty_new_case_button)

        self.load_demo_button = QPushButton(self.empty_page)
        self.load_demo_button.setObjectName(u"load_demo_button")

        self.empty_button_layout.addWidget(self.load_demo_button)

        self.empty_right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_button_layout.addItem(self.empty_right_spacer)


        self.empty_layout.addLayout(self.empty_button_layout)

        self.empty_bottom_spacer = QSpacerItem(20, 60, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_bottom_spacer)

        self.case_stack.addWidget(self.empty_page)
        self.cases_page = QWidget()
        self.cases_page.setObjectName(u"cases_page")
        self.cases_layout = QVBoxLayout(self.cases_page)
        self.cases_layout.setSpacing(8)
        self.cases_layout.setObjectName(u"cases_layout")
        self.cases_layout.setContentsMargins(16, 12, 16, 12)
        self.cases_title_layout = QHBoxLayout()
        self.cases_title_layout.setSpacing(10)
        self.cases_title_layout.setObjectName(u"cases_title_layout")
        self.cases_title_label = QLabel(self.cases_page)
        self.cases_title_label.setObjectName(u"cases_title_label")
        font2 = QFont()
        font2.setPointSize(13)
        font2.setBold(True)
        self.cases_title_label.setFont(font2)

        self.cases_title_layout.addWidget(self.cases_title_label)

        self.cases_title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cases_title_layout.addItem(self.cases_title_spacer)

        self.search_edit = QLineEdit(self.cases_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(380, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.cases_title_layout.addWidget(self.search_edit)

        self.new_case_button = QPushButton(self.cases_page)
        self.new_case_button.setObjectName(u"new_case_button")
        self.new_case_button.setAutoDefault(False)

        self.cases_title_layout.addWidget(self.new_case_button)


        self.cases_layout.addLayout(self.cases_title_layout)

        self.case_table = QTableView(self.cases_page)
        self.case_table.setObjectName(u"case_table")
        self.case_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_table.setAlternatingRowColors(True)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setShowGrid(False)
        self.case_table.setSortingEnabled(True)
        self.case_table.setWordWrap(False)
        self.case_table.horizontalHeader().setHighlightSections(False)
        self.case_table.horizontalHeader().setStretchLastSection(True)
        self.case_table.verticalHeader().setVisible(False)

        self.cases_layout.addWidget(self.case_table)

        self.cases_hint_label = QLabel(self.cases_page)
        self.cases_hint_label.setObjectName(u"cases_hint_label")

        self.cases_layout.addWidget(self.cases_hint_label)

        self.case_stack.addWidget(self.cases_page)
        self.case_page = QWidget()
        self.case_page.setObjectName(u"case_page")
        self.case_page_layout = QVBoxLayout(self.case_page)
        self.case_page_layout.setSpacing(0)
        self.case_page_layout.setObjectName(u"case_page_layout")
        self.case_page_layout.setContentsMargins(0, 0, 0, 0)
        self.case_stack.addWidget(self.case_page)

        self.central_layout.addWidget(self.case_stack)

        main_window.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(main_window)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.case_menu = QMenu(self.menu_bar)
        self.case_menu.setObjectName(u"case_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        main_window.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(main_window)
        self.status_bar.setObjectName(u"status_bar")
        main_window.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.case_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.new_case_action)
        self.file_menu.addAction(self.load_demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_case_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.receive_case_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.case_menu.addAction(self.import_action)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.audit_trail_action)
        self.case_menu.addAction(self.handover_action)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.reports_action)
        self.case_menu.addAction(self.redaction_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(main_window)
        self.quit_action.triggered.connect(main_window.close)

        self.load_demo_button.setDefault(True)


        QMetaObject.connectSlotsByName(main_window)
    # setupUi

    def retranslateUi(self, main_window):
        main_window.setWindowTitle(QCoreApplication.translate("MainWindow", u"StalkDesk", None))
        self.new_case_action.setText(QCoreApplication.translate("MainWindow", u"&New case\u2026", None))
#if QT_CONFIG(statustip)
        self.new_case_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Start a case: its URN, operation name and offences", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.new_case_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.close_case_action.setText(QCoreApplication.translate("MainWindow", u"&Close case", None))
#if QT_CONFIG(statustip)
        self.close_case_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Save what is typed, close the case and go back to the list of cases", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.close_case_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.load_demo_action.setText(QCoreApplication.translate("MainWindow", u"Load &demo case\u2026", None))
#if QT_CONFIG(statustip)
        self.load_demo_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Add the fictional demo case, to try StalkDesk out", None))
#endif // QT_CONFIG(statustip)
        self.lock_action.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(statustip)
        self.lock_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Close the store and ask for the passphrase again", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.lock_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.audit_trail_action.setText(QCoreApplication.translate("MainWindow", u"&Audit trail\u2026", None))
#if QT_CONFIG(statustip)
        self.audit_trail_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Every change, view, export and handover of the open case, and whether the chain is intact", None))
#endif // QT_CONFIG(statustip)
        self.handover_action.setText(QCoreApplication.translate("MainWindow", u"&Hand over case\u2026", None))
#if QT_CONFIG(statustip)
        self.handover_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Write the open case to one encrypted file for a colleague's StalkDesk", None))
#endif // QT_CONFIG(statustip)
        self.receive_case_action.setText(QCoreApplication.translate("MainWindow", u"&Receive case\u2026", None))
#if QT_CONFIG(statustip)
        self.receive_case_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Take in a case handed over by a colleague (.sdcase file)", None))
#endif // QT_CONFIG(statustip)
        self.backup_action.setText(QCoreApplication.translate("MainWindow", u"&Back up now\u2026", None))
#if QT_CONFIG(statustip)
        self.backup_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Write an encrypted, verified copy of the whole store", None))
#endif // QT_CONFIG(statustip)
        self.import_action.setText(QCoreApplication.translate("MainWindow", u"&Import\u2026", None))
#if QT_CONFIG(statustip)
        self.import_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Import a chat export, SMS backup, call records or a diary into the open case", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.import_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.reports_action.setText(QCoreApplication.translate("MainWindow", u"&Reports\u2026", None))
#if QT_CONFIG(statustip)
        self.reports_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Print the interview chronology or the pre-charge file: preview, then save a PDF", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.reports_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.redaction_action.setText(QCoreApplication.translate("MainWindow", u"Re&daction\u2026", None))
#if QT_CONFIG(statustip)
        self.redaction_action.setStatusTip(QCoreApplication.translate("MainWindow", u"Find personal data in the case's text and decide, with a reason, what the CPS versions redact", None))
#endif // QT_CONFIG(statustip)
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About StalkDesk", None))
#if QT_CONFIG(accessibility)
        self.marking_banner_label.setAccessibleName(QCoreApplication.translate("MainWindow", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
        self.empty_title_label.setText(QCoreApplication.translate("MainWindow", u"No cases yet", None))
        self.empty_text_label.setText(QCoreApplication.translate("MainWindow", u"Cases you open are listed here. To see how StalkDesk lays out a chronology and its exhibits, load the demo case: every person, message and exhibit in it is invented.", None))
        self.empty_new_case_button.setText(QCoreApplication.translate("MainWindow", u"New case\u2026", None))
        self.load_demo_button.setText(QCoreApplication.translate("MainWindow", u"Load the fictional demo case", None))
        self.cases_title_label.setText(QCoreApplication.translate("MainWindow", u"Cases", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search cases", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search by URN, operation, crime reference or officer", None))
        self.new_case_button.setText(QCoreApplication.translate("MainWindow", u"New case\u2026", None))
#if QT_CONFIG(accessibility)
        self.case_table.setAccessibleName(QCoreApplication.translate("MainWindow", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        self.cases_hint_label.setText(QCoreApplication.translate("MainWindow", u"Double-click a case, or select it and press Enter, to open it.", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.case_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Case", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

