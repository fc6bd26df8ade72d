# Generated from ui/importing/import_summary_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_summary_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QLabel,
    QListView, QProgressBar, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportSummaryPage(object):
    def setupUi(self, import_summary_page):
        if not import_summary_page.objectName():
            import_summary_page.setObjectName(u"import_summary_page")
        self.page_layout = QVBoxLayout(import_summary_page)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.status_label = QLabel(import_summary_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.page_layout.addWidget(self.status_label)

        self.preview_progress_bar = QProgressBar(import_summary_page)
        self.preview_progress_bar.setObjectName(u"preview_progress_bar")
        self.preview_progress_bar.setMaximum(0)
        self.preview_progress_bar.setValue(0)
        self.preview_progress_bar.setTextVisible(False)

        self.page_layout.addWidget(self.preview_progress_bar)

        self.summary_label = QLabel(import_summary_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.summary_label)

        self.already_group = QGroupBox(import_summary_page)
        self.already_group.setObjectName(u"already_group")
        self.already_layout = QVBoxLayout(self.already_group)
        self.already_layout.setObjectName(u"already_layout")
        self.already_label = QLabel(self.already_group)
        self.already_label.setObjectName(u"already_label")
        self.already_label.setText(u"")
        self.already_label.setWordWrap(True)

        self.already_layout.addWidget(self.already_label)

        self.force_check = QCheckBox(self.already_group)
        self.force_check.setObjectName(u"force_check")

        self.already_layout.addWidget(self.force_check)


        self.page_layout.addWidget(self.already_group)

        self.notes_label = QLabel(import_summary_page)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"")
        self.notes_label.setWordWrap(True)

        self.page_layout.addWidget(self.notes_label)

        self.skipped_label = QLabel(import_summary_page)
        self.skipped_label.setObjectName(u"skipped_label")
        self.skipped_label.setText(u"")
        self.skipped_label.setWordWrap(True)

        self.page_layout.addWidget(self.skipped_label)

        self.skipped_view = QListView(import_summary_page)
        self.skipped_view.setObjectName(u"skipped_view")
        self.skipped_view.setAlternatingRowColors(True)
        self.skipped_view.setUniformItemSizes(True)

        self.page_layout.addWidget(self.skipped_view)

        self.error_label = QLabel(import_summary_page)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(import_summary_page)

        QMetaObject.connectSlotsByName(import_summary_page)
    # setupUi

    def retranslateUi(self, import_summary_page):
        import_summary_page.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Check before importing", None))
        import_summary_page.setSubTitle(QCoreApplication.translate("ImportSummaryPage", u"Nothing has been stored yet. This is what the import would do.", None))
        self.already_group.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Already in this case", None))
        self.force_check.setText(QCoreApplication.translate("ImportSummaryPage", u"Import &again anyway (the records are added a second time)", None))
#if QT_CONFIG(accessibility)
        self.skipped_view.setAccessibleName(QCoreApplication.translate("ImportSummaryPage", u"What would be skipped", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

