#!/usr/bin/env bash
# Every string of the code has a French translation, and no Arabic one underlines a letter: lupdate runs over a copy of the .ts files
# (so the tree is not touched) and any message still unfinished in French fails the test.
#   check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
cp "$src"/translations/guichet_fr.ts "$src"/translations/guichet_ar.ts "$tmp"/
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
    -I "$src" -I "$src/app" "$src/app" "$src/ui" -ts "$tmp/guichet_fr.ts" "$tmp/guichet_ar.ts"

python3 - "$tmp/guichet_fr.ts" "$tmp/guichet_ar.ts" <<'PY'
import re, sys, xml.etree.ElementTree as ET

def unfinished(path):
    missing = []
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            text = ''.join(translation.itertext()).strip() if translation is not None else ''
            if translation is None or translation.get('type') == 'unfinished' or not text:
                missing.append(f"{name}: {message.findtext('source')}")
    return missing

# An underlined letter would split the joined letters of an Arabic word: Arabic has none.
def arabic_mnemonics(path):
    found = []
    for context in ET.parse(path).getroot().iter('context'):
        for message in context.iter('message'):
            translation = message.find('translation')
            forms = [translation.text or ''] + [f.text or '' for f in translation.iter('numerusform')] if translation is not None else []
            for text in forms:
                bare = re.sub(r'&[a-zA-Z]+;|&#\d+;', '', text.replace('&&', ''))
                if '&' in bare:
                    found.append(f"{context.findtext('name')}: {text}")
    return found

fr, ar = sys.argv[1], sys.argv[2]
total = sum(1 for _ in ET.parse(fr).getroot().iter('message'))
missing_fr = unfinished(fr)
missing_ar = unfinished(ar)
for line in missing_fr:
    print("no French translation:", line)
if missing_ar:
    print(f"warning: {len(missing_ar)} messages without an Arabic translation")
underlined_ar = arabic_mnemonics(ar)
for line in underlined_ar:
    print("underlined letter in Arabic:", line)
print(f"translations: {total} messages, {len(missing_fr)} missing in French")
sys.exit(1 if missing_fr or underlined_ar else 0)
PY
