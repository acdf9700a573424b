"""Regenerate src/steppe/models.py from the Table Schemas in schemas/."""

from pathlib import Path

from steppe.modelgen import generate

target = Path(__file__).resolve().parents[1] / "src" / "steppe" / "models.py"
target.write_text(generate(), encoding="utf-8")
print(f"wrote {target}")
