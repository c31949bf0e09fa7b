# A parties table as a municipality writes it in Word (a bordered table whose cells wrap onto two or three
# lines), written with python-docx and printed with LibreOffice:
#   python3 nykvarn-2025.py nykvarn-2025.docx && soffice --headless --convert-to pdf nykvarn-2025.docx
import sys, docx
from docx.shared import Cm
d = docx.Document()
d.add_paragraph("Lokal överenskommelse om BUS i Nykvarn", style="Title")
d.add_paragraph("Parter", style="Heading 1")
d.add_paragraph("Överenskommelsen gäller mellan parterna i tabellen.")
t = d.add_table(rows=4, cols=3)
t.style = "Table Grid"
t.autofit = False
rows = [("Part", "Verksamhet", "Undertecknas av"),
        ("Nykvarns kommun", "Barn- och utbildningsförvaltningen, Nykvarns kommun", "Socialchef"),
        ("Region Stockholm", "BUP Södertälje", "Verksamhetschef"),
        ("Region Stockholm", "Habiliteringscenter Södertälje, Habilitering & Hälsa", "Enhetschef")]
for col, w in zip(t.columns, (Cm(4.5), Cm(5.5), Cm(5))): col.width = w
for r, row in zip(t.rows, rows):
    for c, text, w in zip(r.cells, row, (Cm(4.5), Cm(5.5), Cm(5))):
        c.text = text; c.width = w
d.add_paragraph("Samverkan", style="Heading 1")
d.add_paragraph("Styrgruppen möts två gånger per år.")
d.save(sys.argv[1])
