#!/usr/bin/env python3
"""Writes N synthetic local BUS agreements of realistic shape (6-10 KB: full front matter, ten sections
of Swedish prose and lists) into a folder, deterministically: generate.py N FOLDER."""
import os
import random
import sys

WORDS = ("barnet vårdnadshavare skolan socialtjänsten samverkan insats stöd planering uppföljning ansvar "
         "huvudman region kommun verksamhet elevhälsa habilitering psykiatri mottagning samordnad individuell "
         "plan samtycke avvikelse rutin styrgrupp arbetsgrupp individforum chef mandat beslut termin år "
         "överenskommelse barnkonventionen helhetssyn delaktighet kunskap evidens tidig uppmärksamhet").split()
SECTIONS = ["Bakgrund", "Syfte", "Målgrupp", "Gemensamma utgångspunkter", "Parter och ansvar", "Organisation",
            "Samordnad individuell plan", "Samtycke", "Rutiner för avvikelserapportering", "Uppföljning av överenskommelsen"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 5)))


def agreement(index, rng):
    area = f"Område {index}"
    parties = [
        ("sof", "kommun", "socialtjanst"), ("skola", "kommun", "utbildning, elevhalsa"), ("bup", "region", "bup"),
        ("hab", "region", "hab"), ("bumm", "region", "bumm"), ("vc", "region", "samordnande-vardcentral"),
    ]
    lines = ["---", "bus-docs: 1", "typ: lokal-överenskommelse",
             f"titel: Lokal överenskommelse för samverkan kring barn i behov av särskilt stöd i {area}",
             f"område: {area}", "kommun: Exempelkommun", "regelverk: hök-2022",
             "giltighet:", "  från: 2023-01-01", "  till: tillsvidare", "revisioner:",
             "  - { datum: 2023-01-01, beskrivning: Ny överenskommelse efter HÖK 2022 }", "parter:"]
    for pid, principal, services in parties:
        lines += [f"  - id: {pid}", f"    namn: {pid.upper()} i {area}", f"    huvudman: {principal}", f"    verksamheter: [{services}]"]
    lines += ["grupper:", "  - id: styrgrupp", "    typ: styrgrupp", "    namn: BUS lokal styrgrupp", "    ledamöter:"]
    lines += [f"      - {{ part: {pid}, roll: Verksamhetschef, ersättare: Enhetschef }}" for pid, _, _ in parties]
    lines += ["    möten: { minst: 1, per: termin }", "    ordförande: { växlar: [kommun, region] }",
              "  - id: arbetsgrupp", "    typ: arbetsgrupp", "    namn: BUS arbetsgrupp", "    ledamöter:"]
    lines += [f"      - {{ part: {pid}, roll: Enhetschef }}" for pid, _, _ in parties[:4]]
    lines += ["    möten: { minst: 2, per: termin }", "    sammankallande: { part: sof, roll: Enhetschef }",
              "  - id: individforum", "    typ: individforum", "    namn: BUS individforum",
              "    sammankallande: { part: sof, roll: Enhetschef }", "    möten: { vid-behov: true, inom-dagar: 14 }",
              "    protokoll: individforum",
              "avvikelser:", "  första-steg: närmaste arbetsledare", "  eskalering: [individforum, BUSSAM]",
              "  mottagare: BUSSAM", "  blankett: avvikelseblankett", "samtycke: skriftligt",
              "sip:", "  initierar: [socialtjanst, utbildning, bup, hab, bumm]", "  skolan: ska",
              "uppföljning:", "  per: år", "  ansvarig: styrgrupp",
              "  indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]", "undertecknare:",
              "  - { part: sof, roll: Socialchef }", "  - { part: bup, roll: Verksamhetschef }",
              "bilagor:", "  - { titel: Avvikelseblankett, mall: avvikelseblankett }", "---",
              f"# Lokal överenskommelse för BUS i {area}", ""]
    for title in SECTIONS:
        lines += [f"## {title}", paragraph(rng), ""]
        if rng.random() < 0.5:
            lines += [f"- {sentence(rng)}" for _ in range(3)] + [""]
    lines += ["Fristående skolor bjuds aktivt in.", ""]
    return "\n".join(lines)


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(2027)
    for index in range(1, count + 1):
        with open(os.path.join(folder, f"omrade-{index:05d}.md"), "w", encoding="utf-8") as out:
            out.write(agreement(index, rng))


if __name__ == "__main__":
    main()
