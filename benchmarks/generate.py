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


NARRATIVE = ("Toimintamallia on kehitetty yhdessä toimialojen kanssa, ja siitä on järjestetty "
             "koulutuksia henkilöstölle. Lisätietoja https://www.hel.fi/fi/kasvatus-ja-"
             "koulutus. Seuraavaksi mallia laajennetaan uusille alueille.")


def return_payload(base: dict, measures: int = 50) -> dict:
    """A return of `measures` measures made from a real one (`base`, from returns.gather):
    its measures repeated under new numbers, each filled in with a status, indicator
    values and a narrative of a typical length."""
    import copy

    source = [m for theme in base["themes"] for m in theme["measures"]]
    codes = [level["code"] for level in base["programme"]["scale"]]
    themes = []
    for index in range(measures):
        position = index // 13 + 1
        if len(themes) < position:
            themes.append({"position": str(position), "name": f"Teema {position}",
                           "measures": []})
        measure = copy.deepcopy(source[index % len(source)])
        number = f"{index % 13 // 4 + 1}.{index % 4 + 1}"
        measure.update(ref=f"{position}/{number}", number=number)
        measure["entry"].update(
            status=codes[index % len(codes)], narrative=f"{NARRATIVE} ({index + 1})",
            reasons="Resurssit eivät riittäneet." if index % 7 == 3 else "",
            values={i["name"]: "kyllä" if i["type"] == "yes_no" else str(10 + index)
                    for i in measure["indicators"]})
        themes[-1]["measures"].append(measure)
    return {**base, "themes": themes, "incomplete": []}
