# The Tyresö agreement as a municipality writes it in Word (a title, a parties table, a two-column
# signature table with the role above the party), written with python-docx:
#   python3 tyreso-2025.py tyreso-2025.docx && soffice --headless --convert-to pdf tyreso-2025.docx
import docx, sys
from docx.shared import Pt
d = docx.Document()
d.sections[0].header.paragraphs[0].text = "Tyresö kommun · Region Stockholm"
p = d.add_paragraph("Samverkan kring barn och unga")
d.add_heading("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd i Tyresö", 0)
d.add_paragraph("Överenskommelsen är tecknad mellan Tyresö kommun och Region Stockholm enligt HÖK 2022.")
d.add_heading("Giltighet", 1)
d.add_paragraph("Överenskommelsen gäller från och med 2025-01-01 och tills vidare.")
d.add_heading("Parter", 1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Part", "Huvudman", "Verksamheter"]): c.text = h
rows = [("Tyresö kommun, socialförvaltningen, barn och unga", "Kommun", "socialtjänst"),
        ("Tyresö kommun, barn- och utbildningsförvaltningen", "Kommun", "förskola och skola, elevhälsa"),
        ("BUP Tyresö", "Region", "barn- och ungdomspsykiatri"),
        ("Habilitering & Hälsa, habiliteringscenter Tyresö", "Region", "habilitering"),
        ("BUMM Haninge-Tyresö", "Region", "barn- och ungdomsmedicinsk mottagning")]
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r): c.text = v
d.add_heading("Organisation", 1)
d.add_heading("Styrgrupp", 2)
d.add_paragraph("Styrgruppen består av chefer från varje part och möts minst två gånger per termin. Socialförvaltningen är sammankallande.")
d.add_heading("Individforum", 2)
d.add_paragraph("Individforum möts vid behov och inom 14 dagar från anmälan. Protokoll förs vid varje möte.")
d.add_heading("Samtycke", 1)
d.add_paragraph("Skriftligt samtycke inhämtas från vårdnadshavare innan ett ärende tas upp.")
d.add_heading("Samordnad individuell plan", 1)
d.add_paragraph("Skolan ska kalla till SIP när eleven behöver insatser från flera huvudmän.")
d.add_heading("Avvikelser", 1)
d.add_paragraph("Avvikelser lämnas på avvikelseblanketten till närmaste chef och tas sedan upp i styrgruppen. Avvikelser av principiell karaktär skickas till samrådsgruppen för barns och ungas hälsa.")
d.add_heading("Uppföljning", 1)
d.add_paragraph("Styrgruppen följer upp överenskommelsen en gång per år.")
d.add_page_break()
d.add_heading("Underskrifter", 1)
sig = [("Socialchef", "Tyresö kommun, socialförvaltningen, barn och unga"), ("Förvaltningschef", "Tyresö kommun, barn- och utbildningsförvaltningen"),
       ("Verksamhetschef", "BUP Tyresö"), ("Verksamhetschef", "Habilitering & Hälsa, habiliteringscenter Tyresö"),
       ("Verksamhetschef", "BUMM Haninge-Tyresö")]
t = d.add_table(rows=0, cols=2)
for i in range(0, len(sig), 2):
    for label in ["Ort och datum", "Underskrift", "Namnförtydligande"]:
        cells = t.add_row().cells
        for j in range(2):
            if i + j < len(sig): cells[j].text = "\n\n______________________\n" + label
    cells = t.add_row().cells
    for j in range(2):
        if i + j < len(sig):
            cells[j].text = sig[i + j][0]
            cells[j].add_paragraph(sig[i + j][1])
d.save(sys.argv[1])
