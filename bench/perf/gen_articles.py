#!/usr/bin/env python3
"""Generates French news-like articles for the performance benchmarks, from
sentence templates written for this project (no outside text), with a fixed
seed so every machine gets the same bytes.

  gen_articles.py --bytes N [--seed S] > article.txt      one article
  gen_articles.py --count N --bytes B --dir DIR [--seed S]  N files in DIR
"""
import argparse
import os
import random

PLACES = ["Rivemont", "Belcourt", "Vernay", "Saint-Aubin-des-Prés", "Lormes",
          "Castelroux", "Mirande-sur-Loire", "Haut-Vallon", "Pontbrune",
          "Les Essarts", "Valfleury", "Montclair"]
PEOPLE = ["Hélène Garnier", "Marc Olivier", "Sandrine Léger", "Karim Benali",
          "Anne Perrin", "Louis Mercier", "Nadia Chevalier", "Paul Fabre",
          "Claire Dumas", "Yves Rolland"]
ROLES = ["la maire", "le préfet", "la présidente de la région",
         "le directeur de l'hôpital", "la porte-parole du syndicat",
         "l'adjoint chargé des transports", "le président du club",
         "la rectrice de l'académie"]
THINGS = ["la ligne de tramway", "le nouveau collège", "la piscine municipale",
          "le marché couvert", "la station d'épuration", "le pont de la Sarre",
          "la médiathèque", "le parc éolien", "la maison de santé",
          "le centre aquatique", "la voie verte", "le théâtre municipal"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
          "août", "septembre", "octobre", "novembre", "décembre"]

TEMPLATES = [
    "Les travaux {de_thing} à {place} ont commencé le {day} {month} et "
    "devraient durer {n} mois.",
    "Selon {role}, {person}, le chantier coûtera {m},{d} millions d'euros, "
    "dont {p} % financés par l'État.",
    "« Nous avons tenu nos engagements », a déclaré {person} lors d'une "
    "réunion publique à {place}.",
    "Près de {big} habitants sont concernés par la fermeture {de_thing} "
    "pendant l'été.",
    "La fréquentation {de_thing} a progressé de {p} % en un an, un record "
    "depuis {year}.",
    "Le conseil municipal de {place} a voté mardi soir une enveloppe de "
    "{k} 000 euros pour {thing}.",
    "Les riverains, réunis en association, dénoncent des nuisances et "
    "demandent une étude d'impact indépendante.",
    "D'après l'Insee, la population de {place} a augmenté de {p} % entre "
    "{year} et 2024.",
    "Le Dr {person} rappelle que {thing} accueille chaque semaine plus de "
    "{big} visiteurs.",
    "Une réunion de concertation est prévue le {day} {month} à {h} h {mm} "
    "à la salle des fêtes.",
    "Les élus de l'opposition regrettent un calendrier trop serré et un "
    "budget mal maîtrisé.",
    "Le projet prévoit {n} km de pistes cyclables et {k} places de "
    "stationnement supplémentaires.",
    "{role_cap} a annoncé que {thing} ouvrirait ses portes au public avant "
    "la fin de l'année {year2}.",
    "Les entreprises locales ont décroché {n} des {n2} lots de l'appel "
    "d'offres, soit {p} % du montant total.",
    "En {year}, un premier projet avait été abandonné faute de "
    "financement.",
    "La préfecture a délivré l'autorisation environnementale le {day} "
    "{month} dernier.",
    "Sur les réseaux sociaux, de nombreux habitants de {place} saluent une "
    "amélioration attendue depuis longtemps.",
    "Le coût de fonctionnement annuel est estimé à {k} 000 euros, selon "
    "le rapport présenté par {person}.",
    "La température a atteint {t} °C mercredi, obligeant les services à "
    "adapter les horaires {de_thing}.",
    "Les premiers usagers pourront s'inscrire en ligne dès le {day} "
    "{month}, a précisé {role}.",
]


def de(thing):
    """'le marché' -> 'du marché', 'la voie' -> 'de la voie'."""
    if thing.startswith("le "):
        return "du " + thing[3:]
    return "de " + thing


def sentence(rng):
    t = rng.choice(TEMPLATES)
    role = rng.choice(ROLES)
    thing = rng.choice(THINGS)
    return t.format(
        thing=thing, de_thing=de(thing), place=rng.choice(PLACES),
        person=rng.choice(PEOPLE), role=role,
        role_cap=role[0].upper() + role[1:], day=rng.randint(2, 28),
        month=rng.choice(MONTHS), n=rng.randint(2, 40),
        n2=rng.randint(41, 60), m=rng.randint(1, 90), d=rng.randint(1, 9),
        p=rng.randint(2, 75), big=rng.randint(1200, 98000),
        year=rng.randint(1995, 2022), year2=rng.randint(2025, 2030),
        k=rng.randint(12, 950), h=rng.randint(8, 20),
        mm=rng.choice(["00", "15", "30", "45"]), t=rng.randint(28, 41))


def article(rng, nbytes):
    title = "À {}, {} au cœur des débats".format(rng.choice(PLACES),
                                                  rng.choice(THINGS))
    parts = [title, ""]
    size = len(title.encode()) + 1
    while size < nbytes:
        para = " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))
        parts.append(para)
        parts.append("")
        size += len(para.encode()) + 2
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bytes", type=int, default=3000)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--dir")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    if a.count:
        os.makedirs(a.dir, exist_ok=True)
        for i in range(a.count):
            with open(os.path.join(a.dir, "article-%05d.txt" % i), "w",
                      encoding="utf-8") as f:
                f.write(article(rng, a.bytes))
    else:
        import sys
        sys.stdout.write(article(rng, a.bytes))


if __name__ == "__main__":
    main()
