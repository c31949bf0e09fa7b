/// `bus-docs schema`: a JSON Schema (draft 2020-12) of the front matter, made from the keys the format
/// has (`FrontMatterKeys`: their names, Swedish meanings and kinds of value), the model's value sets and
/// the rule sets' services, for the YAML language server and editors. It is the structure BUS019 checks;
/// the rules' judgements (cadence, both principals…) stay with `check`. What the keys do not say — which
/// are required, and the values that have more than one shape — is said here.
public enum FrontMatterSchema {
    /// The schema for agreements under `ruleSets` (the services of all of them are allowed).
    public static func json(ruleSets: [RuleSet]) -> String {
        JSONOutput.encode(schema(ruleSets: ruleSets))
    }

    static func schema(ruleSets: [RuleSet]) -> SchemaValue {
        let services = Array(Set(ruleSets.flatMap { $0.services.keys })).sorted()
        var root = object("YAML-huvudet i en lokal BUS-överenskommelse (formatet version 1).", FrontMatterKeys.root, path: [], services: services)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["title"] = "Lokal BUS-överenskommelse"
        return root
    }

    /// The keys a mapping (or each item of a list of mappings) must have, by the path of its key.
    static let required: [String: [String]] = [
        "": ["bus-docs", "typ", "titel", "område", "kommun", "parter"],
        "revisioner": ["datum"],
        "parter": ["id", "namn", "huvudman", "verksamheter"],
        "grupper": ["id", "typ"],
        "grupper.ledamöter": ["part", "roll"],
        "grupper.sammankallande": ["part"],
        "undertecknare": ["part", "roll"],
        "bilagor": ["titel"],
    ]

    /// A mapping of `keys`: each key's value as its kind says, described by its meaning.
    static func object(_ description: String?, _ keys: [FrontMatterKey], path: [String], services: [String]) -> SchemaValue {
        let properties = Dictionary(keys.map { key in (key.name, value(of: key, path: path + [key.name], services: services)) },
                                    uniquingKeysWith: { first, _ in first })
        return object(description, properties, required: required[path.joined(separator: ".")] ?? [])
    }

    static func value(of key: FrontMatterKey, path: [String], services: [String]) -> SchemaValue {
        let description = key.meaning.sv
        if let shaped = shaped(path, services: services) { return shaped.described(description) }
        switch key.value {
        case .text: return path.last == "id" ? id(description) : text(description)
        case .number: return count.described(description)
        case .date: return date(description)
        case .flag: return ["description": .string(description), "anyOf": [["type": "boolean"], ["enum": ["ja", "nej", "true", "false", "yes", "no"]]]]
        case .choice(let words): return caseless(words, description)
        case .reference(let reference, let isList):
            let one: SchemaValue = switch reference {
            case .service: service(services)
            case .party: id("Partens id.")
            default: ["type": "string", "minLength": 1]
            }
            return isList ? list(one, description) : one.described(description)
        case .list: return list(["type": "string", "minLength": 1], description)
        case .mapping(let keys): return object(description, keys, path: path, services: services)
        case .items(let keys): return list(object(nil, keys, path: path, services: services), description)
        }
    }

    /// Values with a shape the kind of their key does not tell: a version that may be a number, a date
    /// that may be a month or `tillsvidare`, meetings and chairs of two kinds, a follow-up period in words.
    static func shaped(_ path: [String], services: [String]) -> SchemaValue? {
        func meaning(_ name: String) -> String { FrontMatterKeys.key(at: path + [name])?.meaning.sv ?? "" }
        switch path.joined(separator: ".") {
        case "bus-docs": return ["enum": [1, "1"]]
        case "regelverk": return caseless(RuleSet.builtInNames, "")
        case "giltighet.till": return ["anyOf": [["type": "string", "pattern": "^[Tt]ills ?vidare$"], date("")]]
        case "revisioner.datum": return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"]
        case "parter.verksamheter": return ["type": "array", "minItems": 1, "items": service(services)]
        case "uppföljning.per": return ["type": "string", "minLength": 1, "examples": .array(Period.allCases.map { .string($0.rawValue) })]
        case "grupper.möten":
            return ["oneOf": [
                object("Minst ett antal möten per period.", [
                    "minst": count.described(meaning("minst")),
                    "per": caseless(Period.spellings, meaning("per")),
                ], required: ["minst", "per"]),
                object("Vid behov, inom ett antal dagar.", [
                    "vid-behov": ["description": .string(meaning("vid-behov")), "anyOf": [["type": "boolean"], ["enum": ["ja", "nej", "true", "false", "yes", "no"]]]],
                    "inom-dagar": count.described(meaning("inom-dagar")),
                ], minProperties: 1),
            ]]
        case "grupper.ordförande":
            return ["oneOf": [
                object("Växlande ordförande.", [
                    "växlar": ["description": .string(meaning("växlar")), "type": "array", "minItems": 1, "items": ["type": "string", "minLength": 1]],
                    "period": caseless(Period.spellings, meaning("period")),
                ], required: ["växlar"]),
                object("Fast ordförande.", ["part": id(meaning("part"))], required: ["part"]),
            ]]
        default: return nil
        }
    }

    // MARK: Building blocks

    static let count: SchemaValue = ["type": "integer", "minimum": 0]

    static func object(_ description: String?, _ properties: [String: SchemaValue], required: [String] = [], minProperties: Int? = nil) -> SchemaValue {
        var object: SchemaValue = ["type": "object", "additionalProperties": false, "properties": .object(properties)]
        if let description { object["description"] = .string(description) }
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
        caseless(Value.allCases.map(\.rawValue), description)
    }

    /// A choice as `check` reads it — whatever its case and accents (`Skriftligt`, `Styrgrupp`, `hok`) —
    /// so the editor accepts what `check` accepts: the words themselves for completion, and a pattern of
    /// them that ignores case and accents (ECMAScript patterns, which editors use, have no flag for it).
    static func caseless(_ words: [String], _ description: String) -> SchemaValue {
        let alternatives = words.map { word in word.map(letterClass).joined() }.joined(separator: "|")
        return ["description": .string(description), "anyOf": [
            ["enum": .array(words.map(SchemaValue.string))],
            ["type": "string", "pattern": .string("^(" + alternatives + ")$")],
        ]]
    }

    /// The characters `folded()` reads as this one, as a pattern.
    static func letterClass(_ character: Character) -> String {
        let variants: [Character: String] = ["a": "aåäàáAÅÄÀÁ", "å": "aåäàáAÅÄÀÁ", "ä": "aåäàáAÅÄÀÁ", "o": "oöòóOÖÒÓ", "ö": "oöòóOÖÒÓ",
                                             "e": "eéèEÉÈ", "é": "eéèEÉÈ", "u": "uüUÜ", "ü": "uüUÜ"]
        if let group = variants[character] { return "[" + group + "]" }
        guard character.isLetter else { return ".^$|?*+()[]{}\\/".contains(character) ? "\\" + String(character) : String(character) }
        return "[" + character.lowercased() + character.uppercased() + "]"
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
