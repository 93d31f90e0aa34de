# Writes the constructed stand-in API fixtures run1/ and run2/ (the JSON files are committed;
# run `python3 make-fixtures.py` here after changing this script). See README.md.
import json, os, re
OUT = os.path.dirname(os.path.abspath(__file__))
MARK = ("Constructed by hand for kamergraaf's tests, to the shapes documented for the Tweede Kamer "
        "OData v4 API (opendata.tweedekamer.nl); not recorded from the live API. Ids are made up.")

def g(prefix, n): return f"{prefix}-0000-4000-8000-{n:012d}"
D = lambda n: g("a0000000", n)
P = lambda n: g("b0000000", n)
F = lambda n: g("c0000000", n)
Z = lambda n: g("f0000000", n)
A = lambda n: g("d1000000", n)
K = lambda n: g("d2000000", n)
COMMISSIE = g("e0000000", 1)

persons = {
  1: ("I.", "Inge", "van", "Dijk"),
  2: ("J.J.", "Jasper", "van", "Dijk"),
  3: ("D.", "Diederik", "van", "Dijk"),
  4: ("K.", "Kati", None, "Piri"),
  5: ("R.P.", "Ruben", None, "Brekelmans"),
  6: ("D.", "Dilan", None, "Yeşilgöz-Zegerius"),
  7: ("K.H.", "Kajsa", None, "Ollongren"),
}
fracties = {
  1: ("CDA", "Christen-Democratisch Appèl", "1980-10-11"),
  2: ("SP", "Socialistische Partij", "1994-05-17"),
  3: ("SGP", "Staatkundig Gereformeerde Partij", "1922-07-27"),
  4: ("PvdA", "Partij van de Arbeid", "1946-02-09"),
  5: ("GL-PvdA", "GroenLinks-PvdA", "2023-12-06"),
  6: ("VVD", "Volkspartij voor Vrijheid en Democratie", "1948-01-24"),
}
# seat holdings: (fzp n, person, fractie, van, totenmet)
seats = [
  (1, 1, 1, "2021-03-31", None),
  (2, 2, 2, "2006-11-30", "2023-12-05"),
  (3, 3, 3, "2023-12-06", None),
  (4, 4, 4, "2017-03-23", "2023-12-05"),
  (5, 4, 5, "2023-12-06", None),
  (6, 5, 6, "2021-03-31", "2024-07-01"),
  (7, 6, 6, "2017-03-23", "2022-01-09"),
  (8, 6, 6, "2023-12-06", None),
]

def dt(day, time="00:00:00", off=None):
    # Dutch summer time, roughly: the API writes the offset of the day
    if off is None:
        off = "+02:00" if 4 <= int(day[5:7]) <= 10 else "+01:00"
    return f"{day}T{time}{off}"

def persoon(n, full=True):
    ini, roep, tv, ach = persons[n]
    e = {"Id": P(n), "Initialen": ini, "Roepnaam": roep, "Tussenvoegsel": tv, "Achternaam": ach}
    return e

def fractie(n):
    af, naam, _ = fracties[n]
    return {"Id": F(n), "Afkorting": af, "NaamNL": naam}

def actor(n, doc, name, relatie, functie, person=None, fr=None, commissie=False):
    return {
      "Id": A(n), "Document_Id": D(doc), "ActorNaam": name,
      "ActorFractie": fracties[fr][0] if fr else None, "Functie": functie, "Relatie": relatie,
      "SidActor": None, "GewijzigdOp": "2025-01-01T10:00:00+01:00", "ApiGewijzigdOp": "2025-01-01T09:00:00Z",
      "Verwijderd": False, "Persoon_Id": P(person) if person else None, "Fractie_Id": F(fr) if fr else None,
      "Commissie_Id": COMMISSIE if commissie else None,
      "Persoon": persoon(person) if person else None, "Fractie": fractie(fr) if fr else None,
      "Commissie": {"Id": COMMISSIE, "Afkorting": "DEF", "NaamNL": "vaste commissie voor Defensie"} if commissie else None,
    }

def dossier(n, nummer, toev, titel):
    return {"Id": K(n), "Nummer": nummer, "Toevoeging": toev, "Titel": titel}

DEFENSIERAAD = dossier(1, 21501, "28", "Defensieraad")
NAVO = dossier(2, 28676, None, "NAVO")
MATERIEEL = dossier(3, 27830, None, "Materieelprojecten")
ANDERS = dossier(4, 12345, None, "Een dossier buiten Defensie")

def zaakactor(relatie, functie=None, afk=None, naam=None):
    return {"Relatie": relatie, "Functie": functie, "ActorNaam": naam, "ActorAfkorting": afk}

def document(n, nummer, soort, datum, ctype, length, modified, titel, onderwerp=None, volg=None,
             dossiers=(), actors=None, zaken=(), verwijderd=False):
    e = {
      "Id": D(n), "Soort": soort, "DocumentNummer": nummer, "Titel": titel, "Onderwerp": onderwerp or titel,
      "Datum": dt(datum), "Vergaderjaar": None, "Kamer": 2, "Volgnummer": volg, "Citeertitel": None,
      "Alias": None, "DatumRegistratie": dt(datum, "12:00:00"), "DatumOntvangst": dt(datum, "11:00:00"),
      "Aanhangselnummer": None, "KenmerkAfzender": None, "Organisatie": "Tweede Kamer",
      "ContentType": ctype, "ContentLength": length, "GewijzigdOp": modified,
      "ApiGewijzigdOp": modified.replace("+01:00", "Z").replace("+02:00", "Z"), "Verwijderd": verwijderd,
      "HuidigeDocumentVersie_Id": None,
      "Kamerstukdossier": list(dossiers),
      "Zaak": list(zaken),
    }
    if actors is not None:
        e["DocumentActor"] = actors
    return e

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"
L = lambda name: f"@@length:{name}@@"

ZAAK_VRAGEN = {"Id": Z(1), "Nummer": "2025Z02001", "Soort": "Schriftelijke vragen",
  "ZaakActor": [zaakactor("Indiener", "Tweede Kamerlid", naam="I. van Dijk"),
                zaakactor("Gericht aan", "minister van Defensie", naam="R.P. Brekelmans")],
  "Document": [
    {"Id": D(5), "DocumentNummer": "2025D20001", "Soort": "Schriftelijke vragen", "Datum": dt("2025-02-03"), "Verwijderd": False},
    {"Id": D(6), "DocumentNummer": "2025D25002", "Soort": "Antwoord schriftelijke vragen", "Datum": dt("2025-03-07"), "Verwijderd": False},
  ]}
def zaak_brief(n, nummer):
    return {"Id": Z(n), "Nummer": nummer, "Soort": "Brief regering",
            "ZaakActor": [zaakactor("Voortouwcommissie", afk="DEF", naam="vaste commissie voor Defensie")],
            "Document": []}

FMT = "formats/corpus"
def listing(run):
    brek = lambda n, doc: actor(n, doc, "R.P. Brekelmans", "Eerste ondertekenaar", "minister van Defensie", person=5)
    d = {}
    d[1] = document(1, "2026D10300", "Verslag van een schriftelijk overleg", "2026-03-09", DOCX,
        L(f"{FMT}/docx/001_bba492771d7bbacc.docx"), "2026-03-10T09:15:00+01:00", "Defensieraad",
        "Verslag van een schriftelijk overleg over de informele RBZ-Defensie van 11-12 maart 2026", 300,
        [DEFENSIERAAD],
        [actor(1, 1, "vaste commissie voor Defensie", "Eerste ondertekenaar", None, commissie=True)],
        [zaak_brief(2, "2026Z04100")])
    d[2] = document(2, "2026D26000", "Brief regering", "2026-06-15", PDF,
        L(f"{FMT}/pdf/003_b076fc73ff532d15.pdf"), "2026-06-15T16:20:00+02:00", "NAVO",
        "Beantwoording schriftelijk overleg bijeenkomst NAVO ministers van Defensie 18 juni 2026", 561,
        [NAVO],
        [actor(2, 2, "D. Yeşilgöz-Zegerius", "Eerste ondertekenaar", "minister van Defensie", person=6)],
        [zaak_brief(3, "2026Z11000")])
    # a partial expansion: the rest of the actors behind a next link
    d[2]["DocumentActor@odata.nextLink"] = f"@@api@@Document({D(2)})/DocumentActor?$skiptoken=1"
    d[3] = document(3, "2024D04264", "Brief regering", "2024-02-06", PDF,
        L(f"{FMT}/pdf/002_13d841ed3eb9d257.pdf"), "2024-02-07T08:00:00+01:00", "Defensieraad",
        "Verslag informele RBZ Defensie 30-31 januari 2024", 264, [DEFENSIERAAD],
        [actor(3, 3, "K.H. Ollongren", "Eerste ondertekenaar", "minister van Defensie", person=7)], [])
    d[4] = document(4, "2025D41000", "Brief regering", "2025-10-13", DOC,
        L(f"{FMT}/doc/004_62cc81db4921119a.doc"), "2025-10-13T17:00:00+02:00", "NAVO",
        "Beantwoording schriftelijk overleg bijeenkomst NAVO ministers van Defensie 15 oktober 2025", 553,
        [NAVO], None, [zaak_brief(4, "2025Z18000")])
    d[5] = document(5, "2025D20001", "Schriftelijke vragen", "2025-02-03", DOCX,
        L("papers/2025D20001.txt"), "2025-02-03T15:00:00+01:00",
        "Vragen van het lid Van Dijk (CDA) aan de Minister van Defensie over de voorraad artilleriemunitie",
        None, None, [],
        [actor(5, 5, "I. van Dijk", "Indiener", "Tweede Kamerlid", person=1, fr=1)], [ZAAK_VRAGEN])
    d[6] = document(6, "2025D25002", "Antwoord schriftelijke vragen", "2025-03-07", DOCX,
        L("papers/2025D25002.txt"), "2025-03-07T14:00:00+01:00",
        "Antwoord op vragen van het lid Van Dijk over de voorraad artilleriemunitie", None, None, [],
        [brek(6, 6)], [ZAAK_VRAGEN])
    for n in range(7, 15):
        nummer = f"2025D3000{n - 6}"
        day = f"2025-06-{n - 6:02d}" if n != 7 else "2025-05-01"
        text = f"papers/{nummer}.txt"
        modified = f"{day}T10:00:00+02:00"
        if run == "run2" and n == 13:
            text = "papers/2025D30007-v2.txt"
            modified = "2025-09-01T10:00:00+02:00"
        dossiers = [ANDERS] if n == 12 else [MATERIEEL]
        zaken = [] if n == 12 else [zaak_brief(n, f"2025Z3000{n - 6}")]
        d[n] = document(n, nummer, "Brief regering", day, DOCX, L(text), modified,
            "Materieelprojecten" if n != 12 else "Een dossier buiten Defensie",
            f"Voortgang materieelproject {n - 6}", 400 + n, dossiers,
            None if n == 11 else [brek(n, n)], zaken, verwijderd=(n == 14))
    d[14]["ContentLength"] = None
    if run == "run1":
        d[10]["ContentType"] = PDF   # the file served is not a PDF at all
        d[10]["ContentLength"] = L("@html")
    else:
        d[10]["GewijzigdOp"] = "2025-09-02T10:00:00+02:00"
    pages = [[1, 2, 3], [4, 5, 6], [7, 8, 9, 10, 11, 12, 13, 14]]
    if run == "run2":
        pages[2].remove(7)   # deleted: now only in the deleted listing
    out = {}
    for i, ids in enumerate(pages, start=1):
        body = {"@kamergraaf.constructed": MARK,
                "@odata.context": "@@api@@$metadata#Document",
                "value": [d[n] for n in ids]}
        if i < len(pages):
            body["@odata.nextLink"] = f"@@api@@Document?$skiptoken={i + 1}"
        out["Document.json" if i == 1 else f"Document.page{i}.json"] = body
    deleted = [] if run == "run1" else [{"Id": D(7), "DocumentNummer": "2025D30001", "Verwijderd": True}]
    deleted.append({"Id": D(99), "DocumentNummer": "2025D39999", "Verwijderd": True})
    out["Document.deleted.json"] = {"@kamergraaf.constructed": MARK, "value": deleted}
    out[f"DocumentActor.{D(2)}.skip1.json"] = {"@kamergraaf.constructed": MARK, "value": [
        actor(20, 2, "vaste commissie voor Defensie", "Ontvanger", None, commissie=True)]}
    out[f"DocumentActor.{D(4)}.json"] = {"@kamergraaf.constructed": MARK, "value": [brek(4, 4)]}
    out[f"DocumentActor.{D(11)}.json"] = {"@kamergraaf.constructed": MARK, "value": [brek(11, 11)]}
    return out

def people():
    out = {}
    out["Persoon.json"] = {"@kamergraaf.constructed": MARK, "value": [
        dict(persoon(n), Functie="Tweede Kamerlid" if n != 7 else None) for n in persons]}
    out["Fractie.json"] = {"@kamergraaf.constructed": MARK, "value": [
        dict(fractie(n), DatumActief=dt(fracties[n][2]), DatumInactief=None) for n in fracties]}
    out["FractieZetel.json"] = {"@kamergraaf.constructed": MARK, "value": [
        {"Id": g("c1000000", s[0]), "Fractie_Id": F(s[2])} for s in seats]}
    out["FractieZetelPersoon.json"] = {"@kamergraaf.constructed": MARK, "value": [
        {"Id": g("c2000000", s[0]), "FractieZetel_Id": g("c1000000", s[0]), "Persoon_Id": P(s[1]),
         "Functie": "Lid", "Van": dt(s[3]), "TotEnMet": dt(s[4]) if s[4] else None} for s in seats]}
    return out

for run in ("run1", "run2"):
    files = listing(run)
    files.update(people())
    for name, body in files.items():
        text = json.dumps(body, ensure_ascii=False, indent=2)
        # lengths are filled in by the stand-in when it serves the file (unquoted numbers)
        text = re.sub(r'"@@length:([^@]+)@@"', r'@@length:\1@@', text)
        with open(os.path.join(OUT, run, name), "w") as f:
            f.write(text + "\n")
    # the actor request of 2025D30005 answers with broken JSON in the first run
    if run == "run1":
        with open(os.path.join(OUT, run, f"DocumentActor.{D(11)}.json"), "w") as f:
            f.write('{"value": [ {"Id": "' + A(11) + '", "ActorNaam": "R.P. Brek\n')
print("ok")
