import Foundation
import Yams

/// The parameters of a regional rule set: which services are mandatory, how often groups meet, which
/// terms are outdated… The rule logic is code; these numbers and names are data, so another region or
/// a revised agreement is a new file (`--rules FILE`), not a new build.
public struct RuleSet: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// Every known service id with its name in both languages.
    public var services: [String: ServiceName]
    public var mandatoryServices: [String]
    /// Services the rule set expects but does not demand (a warning when missing).
    public var recommendedServices: [String]
    public var principals: [Principal]
    /// The least cadence per standing group kind.
    public var minimumCadence: [String: CadenceRequirement]
    public var individualForumDeadlineDays: Int
    public var deviationReceivers: [String]
    public var minimumFollowUp: Period
    public var outdatedTerms: [OutdatedTerm]
    public var requiredSections: [SectionRequirement]
    /// Template names that `mall` and `protokoll` may name.
    public var templates: [String]
    /// Words that show independent schools were considered (lower case, matched as substrings).
    public var independentSchoolTerms: [String]

    enum CodingKeys: String, CodingKey {
        case id
        case name = "namn"
        case services = "verksamheter"
        case mandatoryServices = "obligatoriska-verksamheter"
        case recommendedServices = "rekommenderade-verksamheter"
        case principals = "huvudmän"
        case minimumCadence = "mötesfrekvens"
        case individualForumDeadlineDays = "individforum-inom-dagar"
        case deviationReceivers = "avvikelsemottagare"
        case minimumFollowUp = "uppföljning-minst"
        case outdatedTerms = "utdaterade-termer"
        case requiredSections = "avsnitt"
        case templates = "mallar"
        case independentSchoolTerms = "fristående-skolor"
    }

    /// A service's name in `language`, or its id when the rule set does not know it.
    public func serviceName(_ id: String, in language: Language) -> String {
        services[id].map { language == .swedish ? $0.sv : $0.en } ?? id
    }

    public func serviceName(_ id: String) -> LocalizedText {
        LocalizedText(sv: serviceName(id, in: .swedish), en: serviceName(id, in: .english))
    }
}

public struct ServiceName: Codable, Equatable, Sendable {
    public var sv: String
    public var en: String
}

public struct CadenceRequirement: Codable, Equatable, Sendable {
    public init(count: Int, period: Period) {
        self.count = count
        self.period = period
    }

    public var count: Int
    public var period: Period

    enum CodingKeys: String, CodingKey {
        case count = "minst"
        case period = "per"
    }

    public var meetingsPerYear: Int { count * period.perYear }
}

public struct OutdatedTerm: Codable, Equatable, Sendable {
    public var term: String
    public var replacement: String
    /// Agreements valid from this date on should not use the term.
    public var since: String

    enum CodingKeys: String, CodingKey {
        case term
        case replacement = "ersätt"
        case since = "från"
    }
}

public struct SectionRequirement: Codable, Equatable, Sendable {
    public var id: String
    public var headings: [String]

    enum CodingKeys: String, CodingKey {
        case id
        case headings = "rubriker"
    }
}

extension Period: Codable {}
extension Principal: Codable {}

extension RuleSet {
    /// The names of the rule sets built into bus-docs.
    public static let builtInNames = ["bus-2012", "hök-2022"]

    /// A built-in rule set by name (`hok-2022` is accepted for `hök-2022`).
    public static func builtIn(named name: String) -> RuleSet? {
        switch name.folded() {
        case "bus-2012": return bus2012
        case "hok-2022": return hok2022
        default: return nil
        }
    }

    /// Decoded once per process: every agreement checked consults them.
    private static let bus2012 = try? decode(Data(PackageResources.bus_2012_yaml))
    private static let hok2022 = try? decode(Data(PackageResources.hok_2022_yaml))

    /// A rule set by built-in name or file path.
    public static func load(_ nameOrPath: String) throws -> RuleSet {
        if let builtIn = builtIn(named: nameOrPath) { return builtIn }
        guard FileManager.default.fileExists(atPath: nameOrPath) else {
            throw RuleSetError.notFound(nameOrPath)
        }
        do {
            return try decode(try Data(contentsOf: URL(fileURLWithPath: nameOrPath)))
        } catch let error as DecodingError {
            throw RuleSetError.invalid(nameOrPath, String(describing: error))
        } catch let error as YamlError {
            throw RuleSetError.invalid(nameOrPath, error.description)
        }
    }

    static func decode(_ data: Data) throws -> RuleSet {
        try YAMLDecoder().decode(RuleSet.self, from: data)
    }
}

public enum RuleSetError: Error, CustomStringConvertible {
    case notFound(String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case .notFound(let name):
            return "no rule set named '\(name)' (built in: \(RuleSet.builtInNames.joined(separator: ", "))), and no such file"
        case .invalid(let path, let reason):
            return "\(path): not a valid rule set: \(reason)"
        }
    }
}
