#!/usr/bin/python3
"""Writes the country names of ISO 3166-1 in the report languages, from Debian's iso-codes.

Usage: country_names.py ISO_3166-1.json LOCALE_DIR OUTPUT.json LANGUAGE=LOCALE...
  e.g. country_names.py /usr/share/iso-codes/json/iso_3166-1.json /usr/share/locale out.json ar=ar zh=zh_CN

The output maps each alpha-3 code to its name per language: {"KEN": {"fr": "Kenya", ...}}. The
English name the kit shows is the common name when ISO gives one, otherwise the name; its
translation is looked up the same way, in the iso_3166-1 gettext catalog of each language.
"""
import gettext
import json
import os
import sys


def main(iso_json, locale_dir, output, pairs):
    countries = json.load(open(iso_json, encoding="utf-8"))["3166-1"]
    names = {}
    for pair in pairs:
        language, locale = pair.split("=", 1)
        catalog_path = os.path.join(locale_dir, locale, "LC_MESSAGES", "iso_3166-1.mo")
        with open(catalog_path, "rb") as catalog_file:
            catalog = gettext.GNUTranslations(catalog_file)
        for country in countries:
            english = country.get("common_name", country["name"])
            translated = catalog.gettext(english)
            if translated == english and "common_name" in country:
                translated = catalog.gettext(country["name"])
            names.setdefault(country["alpha_3"], {})[language] = translated
    with open(output, "w", encoding="utf-8") as out:
        json.dump(names, out, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
