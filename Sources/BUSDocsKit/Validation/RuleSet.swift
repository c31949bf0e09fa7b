import Foundation

/// The parameters of a regional rule set: which services are mandatory, how often groups meet, which
/// terms are outdated… The rule logic is code; these numbers and names are data, so another region or
/// a revised agreement is a new file (`--rules FILE`), not a new build.
public struct RuleSet: Equatable, Sendable {
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


    /// A service's name in `language`, or its id when the rule set does not know it.
    public func serviceName(_ id: String, in language: Language) -> String {
        services[id].map { language == .swedish ? $0.sv : $0.en } ?? id
    }

    public func serviceName(_ id: String) -> LocalizedText {
        LocalizedText(sv: serviceName(id, in: .swedish), en: serviceName(id, in: .english))
    }
}

public struct ServiceName: Equatable, Sendable {
    public var sv: String
    public var en: String
}

public struct CadenceRequirement: Equatable, Sendable {
    public init(count: Int, period: Period) {
        self.count = count
        self.period = period
    }

    public var count: Int
    public var period: Period


    public var meetingsPerYear: Int { count * period.perYear }
}

public struct OutdatedTerm: Equatable, Sendable {
    public var term: String
    public var replacement: String
    /// Agreements valid from this date on should not use the term.
    public var since: String

}

public struct SectionRequirement: Equatable, Sendable {
    public var id: String
    public var headings: [String]

}

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
        } catch let error as RuleSetReader.Failure {
            throw RuleSetError.invalid(nameOrPath, error.message)
        }
    }

    static func decode(_ data: Data) throws -> RuleSet {
        try RuleSetReader.read(String(decoding: data, as: UTF8.self))
    }
}

public enum RuleSetError: Error, Equatable, CustomStringConvertible {
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
