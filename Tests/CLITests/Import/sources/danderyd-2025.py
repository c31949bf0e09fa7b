# A parties table as a municipality writes it in Word: Part, Huvudman, Ansvar och uppdrag, its cells wrapping
# over several lines, the responsibility column naming other services, a row of services invited when needed
# and a sentence inviting more; the table runs on over a page break. Written with python-docx and printed
# with LibreOffice:
#   python3 danderyd-2025.py danderyd-2025.docx [--repeat-header]
#   soffice --headless --convert-to pdf danderyd-2025.docx
# With --repeat-header the header row is repeated on the next page (Word's "Upprepa som rubrikrad").
import sys, docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

d = docx.Document()
d.add_paragraph("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd i Danderyd", style="Title")
d.add_paragraph("1. Inledning", style="Heading 1")
d.add_paragraph("Överenskommelsen är tecknad mellan Danderyds kommun och Region Stockholm enligt HÖK 2022. "
                "Den gäller från och med 2025-01-01 och tills vidare.")
for text in [
    "Syftet med överenskommelsen är att barn och unga som behöver stöd från flera verksamheter ska få det "
    "samordnat och i rätt tid. Parterna ska känna till varandras uppdrag och arbeta utifrån barnets bästa.",
    "Samverkan sker på två nivåer: en ledningsnivå, där cheferna ansvarar för att överenskommelsen följs och "
    "utvecklas, och en ärendenivå, där medarbetare möts kring enskilda barn med vårdnadshavarnas samtycke.",
    "Överenskommelsen bygger på den länsövergripande överenskommelsen om samverkan kring barn och unga i behov "
    "av särskilt stöd. Den ersätter den lokala överenskommelse som gällde i Danderyd sedan 2016.",
    "Varje part informerar sina medarbetare om överenskommelsen och om hur samverkan går till i Danderyd. "
    "Nya medarbetare får information i samband med introduktionen.",
]:
    d.add_paragraph(text)
d.add_paragraph("2. Parter", style="Heading 1")
d.add_paragraph("Överenskommelsen gäller mellan parterna i tabellen nedan.")
rows = [
    ("Part", "Huvudman", "Ansvar och uppdrag"),
    ("Socialförvaltningen, Danderyds kommun", "Danderyds kommun",
     "Ansvarar för utredning, skydd och stöd till barn och familjer. Samverkar med elevhälsan och "
     "husläkarmottagningen kring barn som far illa eller riskerar att fara illa."),
    ("Barn- och utbildningsförvaltningen, förskola och skola", "Danderyds kommun",
     "Ansvarar för förskola, grundskola och gymnasieskola. Rektor ansvarar för elevhälsans arbete och kallar "
     "till samordnad individuell plan när polisen eller ungdomsmottagningen behöver delta."),
    ("BUP Danderyd", "Region Stockholm",
     "Utreder och behandlar barn och unga med psykisk ohälsa. Samverkar med tandvården och "
     "barnavårdscentralen kring de yngsta barnen och deras familjer."),
    ("Habilitering & Hälsa, habiliteringscenter Danderyd", "Region Stockholm",
     "Ger habilitering till barn och unga med varaktig funktionsnedsättning. Stödjer förskola och skola med "
     "kunskap om funktionsnedsättningen och om anpassningar i vardagen."),
    ("BUMM Danderyd", "Region Stockholm",
     "Barn- och ungdomsmedicinsk mottagning för barn med somatisk sjukdom. Remitterar vidare till "
     "första linjen när barnet behöver stöd för psykisk hälsa."),
    ("Adjungerade vid behov: Lokalpolisområde Täby, Försäkringskassan", "Staten",
     "Bjuds in till styrgruppen när en fråga rör deras uppdrag. Är inte part i överenskommelsen."),
]
t = d.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
t.autofit = False
widths = (Cm(5), Cm(3.5), Cm(7.5))
for col, w in zip(t.columns, widths): col.width = w
for r, row in zip(t.rows, rows):
    for c, text, w in zip(r.cells, row, widths):
        c.text = text
        c.width = w
for run in t.rows[0].cells[0].paragraphs[0].runs + t.rows[0].cells[1].paragraphs[0].runs + t.rows[0].cells[2].paragraphs[0].runs:
    run.bold = True
if "--repeat-header" in sys.argv:
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    t.rows[0]._tr.get_or_add_trPr().append(header)
d.add_paragraph("Vid behov bjuds även in representanter från tandvården och Försäkringskassan.")
d.add_paragraph("3. Samverkansstruktur", style="Heading 1")
d.add_paragraph("Styrgruppen består av chefer från varje part och möts två gånger per termin. "
                "Socialförvaltningen är sammankallande.")
d.add_paragraph("Individforum möts vid behov och inom 14 dagar från anmälan.")
d.add_paragraph("4. Samtycke", style="Heading 1")
d.add_paragraph("Skriftligt samtycke från vårdnadshavarna inhämtas innan ett ärende tas upp i individforum.")
d.save(sys.argv[1])
