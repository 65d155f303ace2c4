"""Name folding shared by the reference-data generators: accents off, lower case, IRI slugs."""
import re
import unicodedata


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def key(s):
    return fold(s).lower().replace('\u2019', "'").strip()


def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', key(s)).strip('-')
