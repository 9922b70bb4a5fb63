"""Is the keyboard focus visible? Compare a control's look with and without the focus."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from bricoleur_desk.domain.contrast import AA_LARGE


def _luminance(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    rgb = data.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3) / 255
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def changed_strongly(before: QImage, after: QImage) -> int:
    """How many pixels changed by at least 3:1 (WCAG's contrast for a focus indicator)."""
    if before.size() != after.size() or before.isNull():
        return 0
    a, b = _luminance(before), _luminance(after)
    ratio = (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)
    return int((ratio >= AA_LARGE).sum())


def restore_default_look(app: QApplication) -> None:
    """Qt's plain Fusion again: the look is set on the whole app and outlives a test."""
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(app.style().standardPalette())
    app.setStyleSheet("")
    app.setProperty("highContrast", False)


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
