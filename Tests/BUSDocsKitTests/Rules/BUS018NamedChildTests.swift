import BUSDocsKit
import Testing

/// A child named with an age, a school class, a parent or a sibling, or a date of birth — and a date of
/// birth alone — written as other municipalities write them (BUS018): each line is one error that names
/// all the line holds of the child, never the data itself, and whose hint, applied as it says, leaves
/// nothing to find. Officials, the ages and classes of groups, and the dates of meetings pass.
@Suite struct BUS018NamedChildTests {
    static let rest = " – or remove the whole sentence: agreements and templates are public and must not hold personal data."
    static let nameOnly = "a name is on line 83 in a sentence about a child or a case"
    static let removeCase = "Remove the whole sentence about the case, not only the number or the name – or write the case without name and number: agreements and templates are public and must not hold personal data."

    /// One case: the sentence (a marker where the finding points), its message and hint in English, and
    /// the sentence as the hint tells it to be written.
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var message: String
        var hint: String
        var applied: String
        var testDescription: String { sentence }

        init(_ sentence: String, _ message: String, _ hint: String, applied: String) {
            (self.sentence, self.message, self.hint, self.applied) = (sentence, message, hint, applied)
        }
    }

    static let cases: [Case] = [
        // A first name and an age, with no other word about a case.
        Case("1️⃣Sara, 8 år, har behov av stöd från BUP och elevhälsan.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn har behov av stöd från BUP och elevhälsan."),
        Case("1️⃣Leo (7 år) går i förskoleklass och har svårt med övergångarna.", "a child's name, age and school class are on line 83",
             "Remove the name, the age and the class, write “a child” where the name was" + rest,
             applied: "Ett barn går i skolan och har svårt med övergångarna."),
        Case("1️⃣Mohammed (11) har inte varit i skolan sedan oktober.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn har inte varit i skolan sedan oktober."),
        Case("Rektor ska kontakta 1️⃣Noah Berg i klass 4B om frånvaron.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Rektor ska kontakta ett barn om frånvaron."),
        Case("1️⃣Elias 10 år har haft hög frånvaro sedan i våras.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn har haft hög frånvaro sedan i våras."),
        Case("1️⃣Hugo, som nu är nio år, väntar fortfarande på en utredning.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn väntar fortfarande på en utredning."),
        Case("Den 8-årige 1️⃣Elias behöver anpassningar i klassrummet.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn behöver anpassningar i klassrummet."),
        Case("Tolvåriga 1️⃣Alva har ingen plats på fritidshemmet.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn har ingen plats på fritidshemmet."),
        // A name and a class.
        Case("1️⃣Elias Andersson i klass 4B har inte fått sitt åtgärdsprogram.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Ett barn har inte fått sitt åtgärdsprogram."),
        Case("1️⃣Maja Lind, elev i åk 5, har beviljats skolskjuts.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Ett barn har beviljats skolskjuts."),
        Case("1️⃣Omar går i årskurs 3 och behöver tolk vid möten.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Ett barn behöver tolk vid möten."),
        Case("1️⃣Wilma, som går i 2A, har fått stöd av elevhälsan.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Ett barn har fått stöd av elevhälsan."),
        Case("Sedan i höstas har 1️⃣Ali Hassan i åk 2 inte kommit till skolan.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Sedan i höstas har ett barn inte kommit till skolan."),
        // A name and a parent or a sibling: the name is all there is to take out.
        Case("Mamma till 1️⃣Noah Berg kontaktade skolan i mars.", nameOnly, removeCase, applied: "Mamma till ett barn kontaktade skolan i mars."),
        Case("1️⃣Leos pappa har ringt socialtjänsten flera gånger.", nameOnly, removeCase, applied: "Ett barns pappa har ringt socialtjänsten flera gånger."),
        Case("Hennes bror 1️⃣Oscar får stöd av BUP.", nameOnly, removeCase, applied: "Hennes bror får stöd av BUP."),
        Case("Föräldrarna till 1️⃣Alice har inte svarat på kallelsen.", nameOnly, removeCase, applied: "Föräldrarna till ett barn har inte svarat på kallelsen."),
        // A date of birth, with a name and alone.
        Case("1️⃣Vera, född 2016-05-02, har en samordnad plan.", "a child's name and date of birth are on line 83",
             "Remove the name and the date of birth, write “a child” where the name was" + rest,
             applied: "Ett barn har en samordnad plan."),
        Case("1️⃣Klara Holm (f. 2015-03-12) flyttade till kommunen i fjol.", "a child's name and date of birth are on line 83",
             "Remove the name and the date of birth, write “a child” where the name was" + rest,
             applied: "Ett barn flyttade till kommunen i fjol."),
        Case("Flickan är född den 1️⃣12 mars 2015 och bor i området.", "a date of birth is on line 83",
             "Remove the date of birth" + rest, applied: "Flickan bor i området."),
        Case("Hon föddes 1️⃣12/3 2015 på Karolinska.", "a date of birth is on line 83",
             "Remove the date of birth" + rest, applied: "Hon föddes på Karolinska."),
        Case("Uppgifter i anmälan: födelsedatum 1️⃣20150312, skola Björkskolan.", "a date of birth is on line 83",
             "Remove the date of birth" + rest, applied: "Uppgifter i anmälan: skola Björkskolan."),
        Case("Pojken föddes 1️⃣2014-11-03 och har sedan dess bott i Tensta.", "a date of birth is on line 83",
             "Remove the date of birth" + rest, applied: "Pojken har bott i Tensta."),
        // A child beside a thing of the agreement's: the date is the child's.
        Case("Barnet i vårt första individforum föddes 1️⃣2014-11-03 och bor i Tensta.", "a date of birth is on line 83",
             "Remove the date of birth" + rest, applied: "Barnet i vårt första individforum bor i Tensta."),
        // Everything on one line: one finding that names it all.
        Case("1️⃣Ebba Nilsson, 9 år, född 2016-01-20, i klass 3A har väntat på BUP.", "a child's name, age, school class and date of birth are on line 83",
             "Remove the name, the age, the class and the date of birth, write “a child” where the name was" + rest,
             applied: "Ett barn har väntat på BUP."),
        Case("Ärendet gällde 1️⃣Elsa, 12 år, som inte gick i skolan.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ärendet gällde ett barn som inte gick i skolan."),
        Case("Ett ärende gällde en flicka, 1️⃣Maja Nilsson (8 år), som väntade i ett halvår på BUP.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett ärende gällde en flicka som väntade i ett halvår på BUP."),
        Case("Ett exempel är flickan 1️⃣Sara, 8 år, som väntade i ett halvår på BUP.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett exempel är flickan som väntade i ett halvår på BUP."),
        Case("Barnet, 1️⃣Noah Eriksson, var 12 år gammal när anmälan gjordes.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Barnet var litet när anmälan gjordes."),
        Case("Eleven 1️⃣Omar Hassan, 9 år, 20150312-2382, har inte varit i skolan.", "a child's name, age and personal identity number are on line 83",
             "Remove the name, the age and the personal identity number, write “a child” where the name was" + rest,
             applied: "Eleven har inte varit i skolan."),
        // A name not on the list of first names, where a name stands: right after a child word, or
        // with an age or a class right after it; a name in lower case, a first name and an initial.
        Case("Pojken 1️⃣Yonas (9 år) har varit hemma i tre veckor.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Pojken har varit hemma i tre veckor."),
        Case("Eleven 1️⃣Katarzyna Wiśniewska i åk 6 behöver en anpassad studiegång.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Eleven behöver en anpassad studiegång."),
        Case("Hans syster 1️⃣Dilan, 14 år, går på samma skola.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Hans syster går på samma skola."),
        Case("Flickan 1️⃣Hodan har väntat på en SIP sedan i höstas.", nameOnly, removeCase,
             applied: "Flickan har väntat på en SIP sedan i höstas."),
        Case("1️⃣ahmed yusuf, 11 år, har en pågående utredning hos BUP.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn har en pågående utredning hos BUP."),
        // Lower case mid-sentence, when the first word is a first name of the list; a name ending as
        // nouns do (-ing).
        Case("Ärendet gällde 1️⃣elias andersson, 9 år, som inte kom till skolan.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ärendet gällde ett barn som inte kom till skolan."),
        Case("1️⃣Henning, 8 år, har behov av stöd.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn har behov av stöd."),
        Case("1️⃣Nora K., 5 år, har plats på förskolan.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn har plats på förskolan."),
        Case("1️⃣Emir S, åk 2, saknar skolskjuts.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Ett barn saknar skolskjuts."),
        Case("1️⃣Oskar T, åk 4, saknar skolskjuts.", "a child's name and school class are on line 83",
             "Remove the name and the class, write “a child” where the name was" + rest,
             applied: "Ett barn saknar skolskjuts."),
        Case("I samtalet sa mamman att flickan heter 1️⃣Selam.", nameOnly, removeCase,
             applied: "I samtalet berättade mamman om flickan."),
        Case("Ärendet rör familjen 1️⃣Mohamud, som flyttat till stadsdelen.", nameOnly, removeCase,
             applied: "Ärendet rör en familj som flyttat till stadsdelen."),
        // A name not on the list with an age and no comma, where "som" or "gammal" follows, or in a case.
        Case("Ett exempel är 1️⃣Dawit 7 år som väntade ett halvår på BUP.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett exempel är ett barn som väntade ett halvår på BUP."),
        Case("Barnet, 1️⃣Dawit 7 år, väntade ett halvår på BUP.", "a child's name and age are on line 83",
             "Remove the name and the age, write “a child” where the name was" + rest,
             applied: "Ett barn väntade ett halvår på BUP."),
        // A name not on the list as an aside after a child word, joined to one with "och", or in the
        // genitive before one relative; a parent's name with "mor till".
        Case("Ärendet rörde en nioårig flicka, 1️⃣Aysel, som väntade ett år på stöd.", nameOnly, removeCase,
             applied: "Ärendet rörde ett barn som väntade ett år på stöd."),
        Case("Ärendet – 1️⃣Aysel Demir – har väntat sedan i våras.", nameOnly, removeCase,
             applied: "Ärendet har väntat sedan i våras."),
        Case("Samverkan startade efter ärendet 1️⃣Aysel Demir, som väntade länge.", nameOnly, removeCase,
             applied: "Samverkan startade efter ett ärende där ett barn väntade länge."),
        Case("Samverkan startade när syskonen 1️⃣Aysel och Deniz väntade ett år på stöd från BUP.", nameOnly, removeCase,
             applied: "Samverkan startade när två syskon väntade ett år på stöd från BUP."),
        Case("1️⃣Aysels mamma har ringt BUP flera gånger.", nameOnly, removeCase,
             applied: "Ett barns mamma har ringt BUP flera gånger."),
        Case("1️⃣Fatima Ahmed, mor till en elev på Rimboskolan, anmälde bristerna.", nameOnly, removeCase,
             applied: "En förälder till en elev på Rimboskolan anmälde bristerna."),
        // How long, not how old: the name in a sentence about a case is the finding, with no age.
        Case("Ett ärende som drev fram samverkan var 1️⃣Emil Karlssons, som i tre år väntade på en utredning hos BUP.", nameOnly, removeCase,
             applied: "Ett ärende där ett barn väntade länge på en utredning hos BUP drev fram samverkan."),
        Case("Mamman nås på 1️⃣073-555 12 34 men har inte fått återkoppling från BUP.", "a child's phone number is on line 83",
             "Remove the phone number" + rest, applied: "Mamman har inte fått återkoppling från BUP."),
        // A date of birth written as people write it: `fött`, a year of two digits, six digits in parentheses.
        Case("Barnet är fött 1️⃣2016-08-21 och bor hos sin moster.", "a date of birth is on line 83",
             "Remove the date of birth" + rest, applied: "Barnet bor hos sin moster."),
        Case("Pojken (f. 1️⃣3/9-15) har bytt skola två gånger.", "a date of birth is on line 83",
             "Remove the date of birth" + rest, applied: "Pojken har bytt skola två gånger."),
        Case("Ett barn (1️⃣150903) har väntat länge på en utredning.", "a date of birth is on line 83",
             "Remove the date of birth" + rest, applied: "Ett barn har väntat länge på en utredning."),
        Case("1️⃣Ibrahim (150903) har väntat länge på en utredning.", "a child's name and date of birth are on line 83",
             "Remove the name and the date of birth, write “a child” where the name was" + rest,
             applied: "Ett barn har väntat länge på en utredning."),
        // A street address and a phone number in a sentence about a child are the child's.
        Case("Pojken på 1️⃣Granitvägen 7 fick vänta på en SIP.", "a child's address is on line 83",
             "Remove the address" + rest, applied: "Pojken fick vänta på en SIP."),
        Case("Flickan bor på 1️⃣Bollmoravägen 12 B och nås på 073-555 12 34.", "a child's address and phone number are on line 83",
             "Remove the address and the phone number" + rest, applied: "Flickan bor i kommunen."),
        Case("Barnets familj nås på 1️⃣+46 70 123 45 67.", "a child's phone number is on line 83",
             "Remove the phone number" + rest, applied: "Barnets familj nås via skolan."),
    ]

    @Test(arguments: cases)
    func aChildIsOneErrorNamingAllItHolds(_ test: Case) {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: test.sentence)
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS018", test.message)])
        #expect(found.map(\.hint?.en) == [test.hint])
        #expect(found.count == 1 && found.allSatisfy { !$0.message.sv.isEmpty && !($0.hint?.sv ?? "").isEmpty })
        // The hint applied as it says: nothing left to find.
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: test.applied), [])
    }

    /// Several children on one line: one finding, in the plural, whose hint applied leaves nothing.
    @Test func severalChildrenOnALineAreNamedInThePlural() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Ärendet gällde 1️⃣Elias Andersson, 9 år, Ella Berg, 7 år, och Noah Lind, 5 år.")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS018", "three children's names and ages are on line 83")])
        #expect(found.map(\.message.sv) == ["tre barns namn och åldrar står på rad 83"])
        #expect(found.map(\.hint?.sv) == ["Ta bort namnen och åldrarna, skriv ”ett barn” där vart och ett av namnen stod – eller ta bort hela meningen: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter."])
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: "Ärendet gällde ett barn, ett barn och ett barn."), [])
    }

    /// The Swedish message and hint: the same parts, in Swedish, and no data of the child.
    @Test func theSwedishFindingNamesThePartsAndNotTheData() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "1️⃣Ebba Nilsson, 9 år, född 2016-01-20, i klass 3A har väntat på BUP.")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS018", "a child's name, age, school class and date of birth are on line 83")])
        #expect(found.map(\.message.sv) == ["ett barns namn, ålder, skolklass och födelsedatum står på rad 83"])
        #expect(found.map(\.hint?.sv) == ["Ta bort namnet, åldern, klassen och födelsedatumet, skriv ”ett barn” där namnet stod – eller ta bort hela meningen: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter."])
        let alone = assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnet är född den 1️⃣12 mars 2015."),
                                   [ExpectedFinding("1️⃣", "BUS018", "a date of birth is on line 83")])
        #expect(alone.map(\.message.sv) == ["ett födelsedatum står på rad 83"])
        #expect(alone.map(\.hint?.sv) == ["Ta bort födelsedatumet – eller ta bort hela meningen: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter."])
        for finding in found + alone {
            let said = "\(finding.message.sv) \(finding.message.en) \(finding.hint?.sv ?? "") \(finding.hint?.en ?? "")"
            for data in ["Ebba", "Nilsson", "2016", "3A", "9 år", "12 mars", "2015"] { #expect(!said.contains(data), "\(said)") }
        }
    }

    /// Two lines, two findings; a name on one line and its age on the next are one sentence, one finding.
    @Test func oneFindingPerLine() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "1️⃣Sara, 8 år, har behov av stöd.\n\n2️⃣Leo Berg i klass 2B och hans syster Elsa, född 2017-04-01, får stöd.")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS018", "a child's name and age are on line 83"),
            ExpectedFinding("2️⃣", "BUS018", "two children's names, school classes and dates of birth are on line 85"),
        ])
    }

    /// Officials beside their role, the ages and classes of groups, places and the dates of meetings and
    /// decisions: no finding.
    @Test(arguments: [
        "Rektor Johan Berg ansvarar för elever i åk 7–9 och i förskoleklass.",
        "Maria Holm, BUS-samordnare, kallar till möte om barn från 6 år.",
        "Kontaktperson Anna Svensson, enhetschef, svarar på frågor om barn och unga 0–18 år.",
        "Barnet kan få vård på Astrid Lindgrens barnsjukhus.",
        "Överenskommelsen är beslutad 2025-03-12 och reviderad den 12 mars 2026.",
        "Styrgruppen möts 2026-02-10; protokollet justeras av Per Lind, ordförande.",
        "Barn födda 2015 eller senare och deras föräldrar omfattas av rutinen.",
        "Föräldrar kan kontakta Anna Svensson, kurator, om barnets skolgång.",
        "Per år skrivs en verksamhetsberättelse.",
        "Elever i klass 4 och 5 får stöd av Sara Lindberg, specialpedagog.",
        "Lärare i årskurs 3 och vårdnadshavare bjuds in till SIP.",
        "Barn under 8 år ska ha en vuxen med sig; ett barn, 8 år, får inte gå hem ensamt.",
        "Elevhälsan följer upp barn i åk 1–3 och åk 4 till 6 varje år.",
        "Mötet den 12/3 2025 leddes av Karin Ek, enhetschef, som varit chef i 8 år.",
        "Skolsköterskan Lena Nyström tar emot elever i årskurs 4.",
        "Klassläraren Eva Lund och Omar Ali, mentor i klass 9A, deltar i SIP-mötet.",
        "Vid behov kontaktas Sofia Lind (skolkurator) eller en mamma eller pappa.",
        "Ett barn i klass 4B kan få stöd av elevhälsan.",
        "Frågor besvaras av Anna Svensson som arbetat med barn från 6 år i tio år.",
        "Barn 0–18 år och elever i åk 7–9 omfattas av överenskommelsen.",
        "Barnet och familjen får en samordnad plan. Familjen ska informeras om vem som samordnar.",
        "Förskoleklass, 6 år, och grundskolan ingår i samverkan.",
        "BUP, BUMM och Socialtjänsten deltar; Elevhälsan, Habiliteringen och Ungdomsmottagningen bjuds in.",
        "Barnet Först är stadsdelens modell för tidiga insatser, för barn och unga, 0–18 år.",
        "Eleven, vårdnadshavaren och Skolan, 6–16 år, möts i elevhälsoteamet.",
        "Stöd ges till barn i förskoleklass, 6 år, och till elever i åk 1, 7 år.",
        "För barnet\nSocialtjänsten ansvarar för utredningen och kallar barnet och familjen.",
        "Avtalet förlängs automatiskt (1 år i taget) om ingen part säger upp det.",
        "Giltighetstid, 3 år. Uppföljning, 1 år efter beslut.",
        "Rutinen beslutades i BUS-ledningsgruppen (250312) och gäller alla skolor.",
        // Whom people contact, with the office's address and number; an office's address in no sentence of a case.
        "Vårdnadshavare kan ringa socialkontoret på 08-123 45 67.",
        "Eleven och vårdnadshavaren kan kontakta elevhälsan, Storgatan 5, tel 08-555 123 45.",
        "Socialkontoret ligger på Storgatan 5 och nås på 08-555 123 45.",
        "Barnet kom till kommunen 01-02-2025 och fick en SIP.",
        // Units and schools named after people, in sentences about children and classes.
        "Ungdomar under 18 år med missbruk kan få hjälp av Maria Ungdom, och eleven kan själv söka dit.",
        "Under 2027 prövar vi arbetssättet med eleverna i åk 4 på Elsa Beskows skola och med barnen på förskolan Astrid Lindgren.",
        // A thing that was born, in the agreement's history.
        "BUS-samverkan i Tyresö föddes 2009-12-18, när den första lokala överenskommelsen skrevs under.",
        "Idén till individforum föddes den 3 mars 2012 på en studiedag.",
        "Arbetet börjar på två skolor, i Husby (åk 4) och i Akalla (åk 7).",
        "Eleverna från Skarpnäck och Akalla (åk 7) och från Rinkeby, Tensta eller Husby (åk 4) deltar.",
        "Elevhälsan träffar eleverna två gånger per termin (åk 7) och en gång per läsår (åk 8).",
        "Avtalet med Region Stockholm, 2 år i taget, följs upp varje höst.",
        // A capitalised word and a time in years, no child's.
        "Vi har haft Individforum 3 år nu.",
        "Vi har haft Trappan 2 år.",
        "Målgrupp: Förskolebarn 5 år och äldre.",
        // Whom guardians contact, and an official's years in a post.
        "Vårdnadshavare kan vända sig till Elin Ek på socialkontoret.",
        "Vid frågor kan vårdnadshavare ringa Elin Ek.",
        "Arbetsgruppen: Anna Berg, rektor, och Karin Ek, 12 år som enhetschef på BUP.",
        "Barnombudet Lisa Stark, 35 år i yrket, leder arbetet.",
    ])
    func officialsGroupsAndMeetingsPass(sentence: String) {
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: sentence), [])
    }

    /// Every text made from the file has the name and the date of birth masked: a caret's line shows neither.
    @Test func theNameAndTheDateAreMaskedInTheSourceText() {
        let source = SourceFile(path: "a.md", text: "Vera, född 2016-05-02, och Leo Berg i åk 3 (f. 12 mars 2015).\nBeslutad 2025-03-12.\n")
        #expect(source.text == "****, född ****-**-**, och *** **** i åk 3 (f. ** **** ****).\nBeslutad 2025-03-12.\n")
        #expect(source.birthDates.map { source.location(ofByte: $0.offset) } == [BUSDocsKit.SourceLocation(line: 1, column: 12), BUSDocsKit.SourceLocation(line: 1, column: 48)])
        #expect(source.personalNames.names.map(\.details) == [[.dateOfBirth], [.dateOfBirth, .schoolClass]])
    }

    /// A date of birth that is the first part of a personal identity number is the number's finding alone.
    @Test func aNumberAfterFöddIsTheNumbersFinding() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnet, född 1️⃣20150312-2382, väntade.")
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS018", "a personal identity number (personnummer or samordningsnummer) is on line 83")])
        #expect(SourceFile(path: "a.md", text: "född 20150312-2382").birthDates.isEmpty)
    }
}
