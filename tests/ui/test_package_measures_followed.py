"""What a round package did to the texts typed in a round whose catalogue it changed is
said in the window's package dialog, in the window's language."""

from __future__ import annotations

import pytest

from kotodesk.coordinator.package import PackageImport
from kotodesk.domain.messages import message


@pytest.mark.parametrize("language, words", [
    ("fi", "toimenpiteelle 1/1.2 'Kehitetään monikielistä …' kirjoitettu teksti "
           "('InfoFinlandin kanavat uudistettu.') säilyy datakansiossa"),
    ("sv", "texten som skrevs för 1/1.4 'Yhtenäistetään …' finns nu under 1/1.3"),
    ("en", "the text typed for 1/1.4 'Yhtenäistetään …' is now under 1/1.3"),
], indirect=["language"])
def test_the_texts_a_package_moved_or_set_aside_are_in_its_summary(language, words):
    from kotodesk.ui.package_import import summary

    unit = "Kaupunginkanslian viestintäosasto"
    done = PackageImport(programme="P", round="1–6/2024", deadline="2024-07-31",
                         catalogue_version=2, new_catalogue_version=True, measures_followed=[
                             message("text-set-aside", unit=unit, ref="1/1.2",
                                     measure="'Kehitetään monikielistä …'", version=2,
                                     text="'InfoFinlandin kanavat uudistettu.'"),
                             message("text-follows-measure", unit=unit, ref="1/1.4",
                                     measure="'Yhtenäistetään …'", new="1/1.3")])
    assert words in summary(done)
