"""The kiosk's stylesheet: large, calm controls, a visible focus frame, two text sizes.

Sizes are points derived from one base size, so the large-text option scales every text of
the session at once. Every text is at least 4.5:1 against what it is drawn on (WCAG 2.1):
``tests/ui/test_kiosk_contrast.py`` cascades this sheet over ``app.qss`` for each widget of
the kiosk in each state (hovered, checked, disabled ...) and checks the ratio.
"""

from __future__ import annotations

NORMAL_PT = 14
LARGE_PT = 20


def base_points(large: bool) -> int:
    return LARGE_PT if large else NORMAL_PT


def kiosk_stylesheet(large: bool) -> str:
    b = base_points(large)
    h1, h2, small, code = round(b * 1.9), round(b * 1.35), round(b * 0.9), round(b * 3)
    return f"""
QWidget#kioskRoot, QWidget#kioskPage, QScrollArea, QWidget#scrollContent {{
    background: #F4F6F8; }}
QWidget {{ font-size: {b}pt; color: #1F2328; }}
QLabel#title {{ font-size: {h1}pt; font-weight: 600; color: #1F2328; }}
QLabel#subtitle {{ font-size: {h2}pt; font-weight: 600; color: #1F2328; }}
QLabel#muted {{ color: #3F4852; font-size: {small}pt; }}
QLabel#stepLabel {{ color: #3F4852; font-size: {small}pt; }}
QLabel#code {{ font-size: {code}pt; font-weight: 700; letter-spacing: 4px; color: #1F2328;
    background: #FFFFFF; border: 2px solid #0B5CAD; border-radius: 10px; padding: 8px 24px; }}
QFrame#box {{ background: #FFFFFF; border: 1px solid #C9CED4; border-radius: 10px; }}
QFrame#resultCard {{ background: #FFFFFF; border: 1px solid #C9CED4; border-radius: 10px; }}
QFrame#warningBox {{ background: #FFFFFF; border: 3px solid #A8001A; border-radius: 12px; }}
QLabel#warningText {{ font-size: {h2}pt; font-weight: 600; }}
QLabel#obstacle {{ color: #5C3B00; }}
QPushButton {{ background: #FFFFFF; border: 2px solid #6B7580; border-radius: 10px;
    padding: 10px 22px; min-height: {b * 2}px; }}
QPushButton:hover {{ background: #E8EEF5; }}
QPushButton:focus, QRadioButton:focus, QCheckBox:focus, QComboBox:focus, QSpinBox:focus,
QLineEdit:focus, CityCard:focus {{ border: 3px solid #0B5CAD; }}
QPushButton#primary {{ background: #0B5CAD; color: #FFFFFF; border: 2px solid #0B5CAD;
    font-weight: 600; }}
QPushButton#primary:focus {{ border: 3px solid #1F2328; }}
QPushButton#primary:disabled {{ background: #C9CED4; color: #3F4852; border-color: #C9CED4; }}
QPushButton#restart {{ border-color: #A8001A; color: #A8001A; font-weight: 600; }}
QPushButton#restart:focus {{ border: 3px solid #0B5CAD; }}
QPushButton:checked {{ background: #0B5CAD; color: #FFFFFF; border-color: #0B5CAD; }}
QRadioButton {{ background: #FFFFFF; border: 2px solid #9AA3AD; border-radius: 18px;
    padding: 6px 14px; spacing: 8px; }}
QRadioButton:checked {{ background: #0B5CAD; color: #FFFFFF; border-color: #0B5CAD; }}
QRadioButton::indicator {{ width: 0px; height: 0px; image: none; border: none; }}
QCheckBox {{ spacing: 12px; padding: 6px; border: 2px solid transparent; border-radius: 8px; }}
QCheckBox::indicator {{ width: {b * 2}px; height: {b * 2}px; }}
QComboBox, QSpinBox, QLineEdit {{ background: #FFFFFF; border: 2px solid #6B7580;
    border-radius: 8px; padding: 6px 10px; min-height: {round(b * 1.8)}px; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: {b * 2}px; }}
QComboBox QAbstractItemView {{ background: #FFFFFF; selection-background-color: #0B5CAD;
    selection-color: #FFFFFF; }}
"""
