/// `bus-docs schema`: a JSON Schema (draft 2020-12) of the front matter, made from the model's value
/// sets and the rule sets' services, with Swedish descriptions, for the YAML language server and editors.
/// It is the structure BUS019 checks; the rules' judgements (cadence, both principals…) stay with `check`.
public enum FrontMatterSchema {
    /// The schema for agreements under `ruleSets` (the services of all of them are allowed).
    public static func json(ruleSets: [RuleSet]) -> String {
        JSONOutput.encode(schema(ruleSets: ruleSets))
    }

    static func schema(ruleSets: [RuleSet]) -> SchemaValue {
        let services = Array(Set(ruleSets.flatMap { $0.services.keys })).sorted()
        let properties: [String: SchemaValue] = [
            "bus-docs": ["description": "Formatets version. Alltid 1.", "enum": [1, "1"]],
            "typ": choice(AgreementKind.self, "Slags dokument."),
            "status": choice(AgreementStatus.self, "Var överenskommelsen står: bara en beslutad överenskommelse binder."),
            "titel": text("Överenskommelsens titel."),
            "område": text("Det område överenskommelsen gäller, t.ex. en kommun eller stadsdelsområden."),
            "kommun": text("Kommunen."),
            "stadsdelsområden": list(text("Ett stadsdelsområde."), "De stadsdelsområden överenskommelsen gäller."),
            "regelverk": ["description": "Det regionala regelverk överenskommelsen följer.", "enum": .array(ruleSetNames.map(SchemaValue.string))],
            "giltighet": object("När överenskommelsen gäller; utan `från` gäller den från undertecknandet.", [
                "från": date("Första dagen överenskommelsen gäller (ÅÅÅÅ-MM-DD)."),
                "till": ["description": "Sista dagen (ÅÅÅÅ-MM-DD), eller ”tillsvidare”.",
                         "anyOf": [["type": "string", "pattern": "^[Tt]ills ?vidare$"], date("")]],
            ]),
            "revisioner": list(object("En revision.", [
                "datum": ["description": "När den reviderades: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM när bara månaden är känd.",
                          "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"],
                "beskrivning": text("Vad som ändrades."),
            ], required: ["datum"]), "Överenskommelsens revisioner."),
            "parter": list(object("En part: en förvaltning, en verksamhet eller en myndighet.", [
                "id": id("Partens id, som grupper, undertecknare och SIP hänvisar till."),
                "namn": text("Partens namn."),
                "huvudman": choice(Principal.self, "Partens huvudman."),
                "verksamheter": ["description": "De verksamheter parten står för.", "type": "array", "minItems": 1,
                                 "items": service(services)],
            ], required: ["id", "namn", "huvudman", "verksamheter"]), "Överenskommelsens parter."),
            "grupper": list(group, "Styrgrupp, arbetsgrupp, individforum och andra grupper."),
            "avvikelser": object("Rutinen för avvikelser.", [
                "första-steg": text("Vem en avvikelse först lyfts till."),
                "eskalering": list(text("En grupps id eller namn, eller ett organ."), "Vart en avvikelse går vidare, i ordning."),
                "mottagare": text("Det regionala organ som tar emot avvikelser av principiell karaktär (BUSSAM)."),
                "blankett": text("Avvikelseblanketten: en inbyggd mall, en egen mall eller en bilagas id."),
            ]),
            "samtycke": choice(Consent.self, "Hur samtycke till att bryta sekretess inhämtas."),
            "sip": object("Rutinen för samordnad individuell plan (SIP).", [
                "initierar": list(service(services), "De verksamheter som kan kalla till SIP."),
                "skolan": choice(SchoolSIPDuty.self, "Om skolan ska eller kan kalla till SIP."),
            ]),
            "uppföljning": object("Den årliga uppföljningen.", [
                "per": ["description": "Hur ofta: en period (år, termin …) eller t.ex. ”vartannat år”.", "type": "string", "minLength": 1,
                        "examples": .array(Period.allCases.map { .string($0.rawValue) })],
                "ansvarig": text("Den grupp som följer upp: id eller namn."),
                "indikatorer": list(text("En indikator."), "Det som följs upp."),
            ]),
            "undertecknare": list(object("En undertecknare.", [
                "part": id("Partens id."),
                "roll": text("Undertecknarens roll."),
            ], required: ["part", "roll"]), "De som undertecknar överenskommelsen."),
            "bilagor": list(object("En bilaga.", [
                "id": id("Bilagans id, som `protokoll` och `blankett` kan hänvisa till."),
                "titel": text("Bilagans titel."),
                "mall": text("En mall som bilagan görs från."),
                "fil": text("En fil, relativ till överenskommelsen."),
            ], required: ["titel"]), "Överenskommelsens bilagor."),
        ]
        var root = object("YAML-huvudet i en lokal BUS-överenskommelse (formatet version 1).", properties,
                          required: ["bus-docs", "typ", "titel", "område", "kommun", "parter"])
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["title"] = "Lokal BUS-överenskommelse"
        return root
    }

    static let ruleSetNames = RuleSet.builtInNames + ["hok-2022"]

    static var group: SchemaValue {
        let member = object("En ledamot.", [
            "part": id("Partens id."),
            "roll": text("Ledamotens roll."),
            "ersättare": text("Ersättarens roll."),
        ], required: ["part", "roll"])
        let count: SchemaValue = ["type": "integer", "minimum": 0]
        let meetings: SchemaValue = [
            "description": "Hur ofta gruppen möts: `{ minst: 1, per: termin }`, eller vid behov inom ett antal dagar.",
            "oneOf": [
                object("Minst ett antal möten per period.", [
                    "minst": count.described("Minsta antal möten."),
                    "per": choice(Period.self, "Perioden."),
                ], required: ["minst", "per"]),
                object("Vid behov, inom ett antal dagar.", [
                    "vid-behov": ["description": "Sammankallas vid behov.", "anyOf": [["type": "boolean"], ["enum": ["ja", "nej", "true", "false", "yes", "no"]]]],
                    "inom-dagar": count.described("Inom hur många dagar från att behovet uppmärksammats."),
                ], minProperties: 1),
            ],
        ]
        let chair: SchemaValue = [
            "description": "Ordförande: växlar mellan huvudmän eller parter, eller en fast part.",
            "oneOf": [
                object("Växlande ordförande.", [
                    "växlar": ["description": "Huvudmän eller parters id, i tur och ordning.", "type": "array", "minItems": 1,
                               "items": ["type": "string", "minLength": 1]],
                    "period": choice(Period.self, "Hur länge var och en är ordförande (termin om inget anges)."),
                ], required: ["växlar"]),
                object("Fast ordförande.", ["part": id("Partens id.")], required: ["part"]),
            ],
        ]
        return object("En grupp.", [
            "id": id("Gruppens id."),
            "typ": choice(GroupKind.self, "Slags grupp."),
            "namn": text("Gruppens namn."),
            "ledamöter": list(member, "Gruppens ledamöter."),
            "möten": meetings,
            "ordförande": chair,
            "sammankallande": object("Den som sammankallar gruppen.", [
                "part": id("Partens id."),
                "roll": text("Den sammankallandes roll, t.ex. enhetschef."),
            ], required: ["part"]),
            "protokoll": text("Protokollmallen: en inbyggd mall, en egen mall eller en bilagas id."),
        ], required: ["id", "typ"])
    }

    // MARK: Building blocks

    static func object(_ description: String, _ properties: [String: SchemaValue], required: [String] = [], minProperties: Int? = nil) -> SchemaValue {
        var object: SchemaValue = ["description": .string(description), "type": "object", "additionalProperties": false,
                                   "properties": .object(properties)]
        if !required.isEmpty { object["required"] = .array(required.map(SchemaValue.string)) }
        if let minProperties { object["minProperties"] = .integer(minProperties) }
        return object
    }

    static func text(_ description: String) -> SchemaValue {
        ["description": .string(description), "type": "string", "minLength": 1]
    }

    static func id(_ description: String) -> SchemaValue {
        ["description": .string(description + " Små bokstäver a–ö, siffror och bindestreck."), "type": "string", "pattern": "^[a-z0-9åäö-]+$"]
    }

    static func date(_ description: String) -> SchemaValue {
        var date: SchemaValue = ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        if !description.isEmpty { date["description"] = .string(description) }
        return date
    }

    static func list(_ item: SchemaValue, _ description: String) -> SchemaValue {
        ["description": .string(description), "type": "array", "items": item]
    }

    static func service(_ services: [String]) -> SchemaValue {
        ["description": "En verksamhet i regelverket.", "enum": .array(services.map(SchemaValue.string))]
    }

    static func choice<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, _ description: String) -> SchemaValue where Value.RawValue == String {
        ["description": .string(description), "enum": .array(Value.allCases.map { .string($0.rawValue) })]
    }
}

/// A JSON value, for writing schemas.
indirect enum SchemaValue: Encodable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([SchemaValue])
    case object([String: SchemaValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .integer(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: SchemaValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, SchemaValue)...) { self = .object(Dictionary(elements, uniquingKeysWith: { $1 })) }

    subscript(key: String) -> SchemaValue? {
        get { if case .object(let object) = self { return object[key] } else { return nil } }
        set { if case .object(var object) = self { object[key] = newValue; self = .object(object) } }
    }

    func described(_ description: String) -> SchemaValue {
        var copy = self
        copy["description"] = .string(description)
        return copy
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
