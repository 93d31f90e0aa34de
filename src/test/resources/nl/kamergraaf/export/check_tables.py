"""Loads kamergraaf's tables as a researcher would, and checks them against datapackage.json.

Reads every resource the data package names with Python's csv module, checks that the header is
the schema's fields, that each cell parses as its declared Frictionless type, that primary keys
are unique and foreign keys resolve; with pandas installed, reads each table with it too. Prints
one JSON object: rows per table (and "pandas": true if pandas read them). Exits 1 on a problem.
"""
import csv
import datetime
import json
import os
import sys

folder = sys.argv[1]
with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
    package = json.load(f)

PARSERS = {
    "string": str,
    "integer": int,
    "number": float,
    "date": datetime.date.fromisoformat,
    "boolean": lambda v: {"true": True, "false": False}[v],
}
problems = []
rows_per_table = {}
keys = {}
tables = {}
for resource in package["resources"]:
    schema = resource["schema"]
    fields = [f["name"] for f in schema["fields"]]
    missing = schema.get("missingValues", [""])
    with open(os.path.join(folder, resource["path"]), encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != fields:
            problems.append(f"{resource['name']}: header {header} is not the schema's {fields}")
        rows = list(reader)
    for n, row in enumerate(rows, start=2):
        if len(row) != len(fields):
            problems.append(f"{resource['name']}:{n}: {len(row)} cells for {len(fields)} fields")
            continue
        for value, field in zip(row, schema["fields"]):
            if value in missing:
                continue
            try:
                PARSERS[field["type"]](value)
            except (ValueError, KeyError):
                problems.append(f"{resource['name']}:{n}: {field['name']}={value!r} is not a {field['type']}")
    key = fields.index(schema["primaryKey"])
    ids = [r[key] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append(f"{resource['name']}: primary key {schema['primaryKey']} repeats")
    keys[resource["name"]] = {c: {r[fields.index(c)] for r in rows} for c in fields}
    tables[resource["name"]] = (fields, rows)
    rows_per_table[resource["name"]] = len(rows)

for resource in package["resources"]:
    fields, rows = tables[resource["name"]]
    for fk in resource["schema"].get("foreignKeys", []):
        column = fields.index(fk["fields"])
        target = keys[fk["reference"]["resource"]][fk["reference"]["fields"]]
        dangling = {r[column] for r in rows if r[column] and r[column] not in target}
        if dangling:
            problems.append(f"{resource['name']}.{fk['fields']}: {len(dangling)} values not in "
                            f"{fk['reference']['resource']}, e.g. {sorted(dangling)[0]}")

try:
    import pandas
    for resource in package["resources"]:
        frame = pandas.read_csv(os.path.join(folder, resource["path"]), keep_default_na=False)
        if len(frame) != rows_per_table[resource["name"]]:
            problems.append(f"pandas read {len(frame)} rows of {resource['name']}")
    rows_per_table["pandas"] = True
except ImportError:
    pass

if problems:
    print("\n".join(problems[:40]), file=sys.stderr)
    sys.exit(1)
print(json.dumps(rows_per_table))
