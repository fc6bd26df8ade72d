# Generated from ui/analysis/colocation_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'colocation_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ColocationPage(object):
    def setupUi(self, colocation_page):
        if not colocation_page.objectName():
            colocation_page.setObjectName(u"colocation_page")
        colocation_page.resize(1200, 720)
        self.colocation_layout = QVBoxLayout(colocation_page)
        self.colocation_layout.setObjectName(u"colocation_layout")
        self.colocation_layout.setContentsMargins(12, 12, 12, 12)
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.places_group = QGroupBox(colocation_page)
        self.places_group.setObjectName(u"places_group")
        self.places_layout = QVBoxLayout(self.places_group)
        self.places_layout.setObjectName(u"places_layout")
        self.places_table = QTableView(self.places_group)
        self.places_table.setObjectName(u"places_table")
        self.places_table.setAlternatingRowColors(True)
        self.places_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.places_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.places_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)

        self.places_layout.addWidget(self.places_table)

        self.new_place_layout = QHBoxLayout()
        self.new_place_layout.setObjectName(u"new_place_layout")
        self.place_name_edit = QLineEdit(self.places_group)
        self.place_name_edit.setObjectName(u"place_name_edit")

        self.new_place_layout.addWidget(self.place_name_edit)

        self.place_position_edit = QLineEdit(self.places_group)
        self.place_position_edit.setObjectName(u"place_position_edit")

        self.new_place_layout.addWidget(self.place_position_edit)

        self.place_radius_spin = QSpinBox(self.places_group)
        self.place_radius_spin.setObjectName(u"place_radius_spin")
        self.place_radius_spin.setMaximum(5000)

        self.new_place_layout.addWidget(self.place_radius_spin)

        self.add_place_button = QPushButton(self.places_group)
        self.add_place_button.setObjectName(u"add_place_button")
        self.add_place_button.setAutoDefault(False)

        self.new_place_layout.addWidget(self.add_place_button)

        self.remove_place_button = QPushButton(self.places_group)
        self.remove_place_button.setObjectName(u"remove_place_button")
        self.remove_place_button.setAutoDefault(False)

        self.new_place_layout.addWidget(self.remove_place_button)


        self.places_layout.addLayout(self.new_place_layout)


        self.top_layout.addWidget(self.places_group)

        self.search_group = QGroupBox(colocation_page)
        self.search_group.setObjectName(u"search_group")
        self.search_form = QFormLayout(self.search_group)
        self.search_form.setObjectName(u"search_form")
        self.suspect_label = QLabel(self.search_group)
        self.suspect_label.setObjectName(u"suspect_label")

        self.search_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.suspect_label)

        self.suspect_combo = QComboBox(self.search_group)
        self.suspect_combo.setObjectName(u"suspect_combo")

        self.search_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.suspect_combo)

        self.against_label = QLabel(self.search_group)
        self.against_label.setObjectName(u"against_label")

        self.search_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.against_label)

        self.against_combo = QComboBox(self.search_group)
        self.against_combo.setObjectName(u"against_combo")

        self.search_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.against_combo)

        self.distance_label = QLabel(self.search_group)
        self.distance_label.setObjectName(u"distance_label")

        self.search_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.distance_label)

        self.distance_spin = QSpinBox(self.search_group)
        self.distance_spin.setObjectName(u"distance_spin")
        self.distance_spin.setMinimum(10)
        self.distance_spin.setMaximum(5000)
        self.distance_spin.setSingleStep(50)
        self.distance_spin.setValue(200)

        self.search_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.distance_spin)

        self.window_label = QLabel(self.search_group)
        self.window_label.setObjectName(u"window_label")

        self.search_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.window_label)

        self.window_spin = QSpinBox(self.search_group)
        self.window_spin.setObjectName(u"window_spin")
        self.window_spin.setMinimum(1)
        self.window_spin.setMaximum(240)
        self.window_spin.setValue(10)

        self.search_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.window_spin)

        self.search_button = QPushButton(self.search_group)
        self.search_button.setObjectName(u"search_button")
        self.search_button.setAutoDefault(False)

        self.search_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.search_button)

        self.search_status_label = QLabel(self.search_group)
        self.search_status_label.setObjectName(u"search_status_label")
        self.search_status_label.setWordWrap(True)

        self.search_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.search_status_label)


        self.top_layout.addWidget(self.search_group)

        self.top_layout.setStretch(0, 3)
        self.top_layout.setStretch(1, 2)

        self.colocation_layout.addLayout(self.top_layout)

        self.candidates_group = QGroupBox(colocation_page)
        self.candidates_group.setObjectName(u"candidates_group")
        self.candidates_layout = QVBoxLayout(self.candidates_group)
        self.candidates_layout.setObjectName(u"candidates_layout")
        self.candidates_bar_layout = QHBoxLayout()
        self.candidates_bar_layout.setObjectName(u"candidates_bar_layout")
        self.show_label = QLabel(self.candidates_group)
        self.show_label.setObjectName(u"show_label")

        self.candidates_bar_layout.addWidget(self.show_label)

        self.status_combo = QComboBox(self.candidates_group)
        self.status_combo.setObjectName(u"status_combo")

        self.candidates_bar_layout.addWidget(self.status_combo)

        self.count_label = QLabel(self.candidates_group)
        self.count_label.setObjectName(u"count_label")

        self.candidates_bar_layout.addWidget(self.count_label)

        self.candidates_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.candidates_bar_layout.addItem(self.candidates_spacer)

        self.confirm_button = QPushButton(self.candidates_group)
        self.confirm_button.setObjectName(u"confirm_button")
        self.confirm_button.setAutoDefault(False)

        self.candidates_bar_layout.addWidget(self.confirm_button)

        self.dismiss_button = QPushButton(self.candidates_group)
        self.dismiss_button.setObjectName(u"dismiss_button")
        self.dismiss_button.setAutoDefault(False)

        self.candidates_bar_layout.addWidget(self.dismiss_button)


        self.candidates_layout.addLayout(self.candidates_bar_layout)

        self.candidates_splitter = QSplitter(self.candidates_group)
        self.candidates_splitter.setObjectName(u"candidates_splitter")
        self.candidates_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.candidates_splitter.setChildrenCollapsible(False)
        self.candidates_table = QTableView(self.candidates_splitter)
        self.candidates_table.setObjectName(u"candidates_table")
        self.candidates_table.setAlternatingRowColors(True)
        self.candidates_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates_splitter.addWidget(self.candidates_table)
        self.plot_frame = QFrame(self.candidates_splitter)
        self.plot_frame.setObjectName(u"plot_frame")
        self.plot_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.plot_layout = QVBoxLayout(self.plot_frame)
        self.plot_layout.setObjectName(u"plot_layout")
        self.plot_layout.setContentsMargins(0, 0, 0, 0)
        self.candidates_splitter.addWidget(self.plot_frame)

        self.candidates_layout.addWidget(self.candidates_splitter)

        self.message_label = QLabel(self.candidates_group)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.candidates_layout.addWidget(self.message_label)


        self.colocation_layout.addWidget(self.candidates_group)

        self.colocation_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.suspect_label.setBuddy(self.suspect_combo)
        self.against_label.setBuddy(self.against_combo)
        self.distance_label.setBuddy(self.distance_spin)
        self.window_label.setBuddy(self.window_spin)
        self.show_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(colocation_page)

        QMetaObject.connectSlotsByName(colocation_page)
    # setupUi

    def retranslateUi(self, colocation_page):
        self.places_group.setTitle(QCoreApplication.translate("ColocationPage", u"The victim's places", None))
        self.place_name_edit.setPlaceholderText(QCoreApplication.translate("ColocationPage", u"Name (Home, Work\u2026)", None))
#if QT_CONFIG(tooltip)
        self.place_position_edit.setToolTip(QCoreApplication.translate("ColocationPage", u"Latitude and longitude in decimal degrees, as a map shows them", None))
#endif // QT_CONFIG(tooltip)
        self.place_position_edit.setPlaceholderText(QCoreApplication.translate("ColocationPage", u"Latitude, longitude (e.g. 52.4862, -1.8904)", None))
#if QT_CONFIG(tooltip)
        self.place_radius_spin.setToolTip(QCoreApplication.translate("ColocationPage", u"How far the place itself extends from its point (a large site)", None))
#endif // QT_CONFIG(tooltip)
        self.place_radius_spin.setSuffix(QCoreApplication.translate("ColocationPage", u" m", None))
        self.place_radius_spin.setPrefix(QCoreApplication.translate("ColocationPage", u"radius ", None))
        self.add_place_button.setText(QCoreApplication.translate("ColocationPage", u"&Add place", None))
        self.remove_place_button.setText(QCoreApplication.translate("ColocationPage", u"Remove", None))
        self.search_group.setTitle(QCoreApplication.translate("ColocationPage", u"Search location records", None))
        self.suspect_label.setText(QCoreApplication.translate("ColocationPage", u"&Suspect's records", None))
        self.against_label.setText(QCoreApplication.translate("ColocationPage", u"&Against", None))
        self.distance_label.setText(QCoreApplication.translate("ColocationPage", u"&Within", None))
        self.distance_spin.setSuffix(QCoreApplication.translate("ColocationPage", u" m", None))
        self.window_label.setText(QCoreApplication.translate("ColocationPage", u"Time &window", None))
#if QT_CONFIG(tooltip)
        self.window_spin.setToolTip(QCoreApplication.translate("ColocationPage", u"Against the victim's own records: how close in time the two must be", None))
#endif // QT_CONFIG(tooltip)
        self.window_spin.setSuffix(QCoreApplication.translate("ColocationPage", u" min", None))
        self.search_button.setText(QCoreApplication.translate("ColocationPage", u"&Search", None))
        self.search_status_label.setProperty(u"role", QCoreApplication.translate("ColocationPage", u"hint", None))
        self.candidates_group.setTitle(QCoreApplication.translate("ColocationPage", u"Visits found: candidate chronology entries", None))
        self.show_label.setText(QCoreApplication.translate("ColocationPage", u"Sho&w", None))
        self.count_label.setProperty(u"role", QCoreApplication.translate("ColocationPage", u"hint", None))
        self.confirm_button.setText(QCoreApplication.translate("ColocationPage", u"&Confirm\u2026", None))
        self.dismiss_button.setText(QCoreApplication.translate("ColocationPage", u"&Dismiss\u2026", None))
        self.message_label.setProperty(u"role", QCoreApplication.translate("ColocationPage", u"error", None))
        pass
    # retranslateUi

