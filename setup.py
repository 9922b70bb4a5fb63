"""Puts the top-level resources/ folder into the wheel as bricoleur_desk/_resources.

Everything else is in pyproject.toml. resources/ stays at the top of the checkout (translations,
fonts and the demo are edited there); bricoleur_desk/resources.py finds it in either place.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ in the checkout
        target = Path(self.build_lib) / "bricoleur_desk" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(Path(__file__).parent / "resources", target)


setup(cmdclass={"build_py": BuildWithResources})
