"""Generated catalogues in the seed 001 table format, for scaling measurements."""

from __future__ import annotations

UNITS = ["Kasvatuksen ja koulutuksen toimiala", "Kaupunginkanslian elinkeino-osasto",
         "Sosiaali- ja terveystoimiala", "Kaikki toimialat",
         "Kaupunginkanslian viestintä yhdessä toimialojen kanssa"]


def catalogue_text(measures: int, per_theme: int = 50, per_goal: int = 5) -> str:
    lines = ["Generoitu ohjelma 2026–2029", ""]
    for t in range(1, measures // per_theme + 1):
        lines += [f"Teema {t}\t\t\t", "Tavoitteet\tToimenpiteet\tSeuranta\tVastuutahot"]
        for i in range(per_theme):
            goal, measure = divmod(i, per_goal)
            goal_cell = f"{goal + 1}. Tavoite {goal + 1}, jossa on tekstiä" if measure == 0 else ""
            lines.append(
                f"{goal_cell}\t{goal + 1}.{measure + 1} Toimenpide {t}-{i}: kehitetään "
                f"palveluja ja yhteistyötä\tToteutettu (kyllä/ei) Osallistujien määrä "
                f"Tyytyväisyys (%)\t{UNITS[i % len(UNITS)]}")
        lines.append("")
    return "\n".join(lines)
