/// What the body may say against the front matter (BUS023), as phrases of word stems (`StemPhrase`):
/// the signed text binds, so where it is weaker than the front matter the agreement says two things.
public struct TextContradictions: Equatable, Sendable {
    /// Phrases that allow oral consent, against `samtycke: skriftligt`.
    public var oralConsent: [StemPhrase] = []
    /// "skriftligt": between the words of a phrase that spans a sentence ("Samtycke inhämtas skriftligt
    /// efter att vårdnadshavarna informerats muntligt"), the oral word is about something else.
    public var written: [StemPhrase] = []
    /// Oral consent in other words ("har sagt ja i telefon", "samtycke per telefon"), against `samtycke:
    /// skriftligt`: unless a negation or a written word stands anywhere in the sentence ("Det räcker inte
    /// att vårdnadshavaren har sagt ja i telefon", "… ska alltid bekräftas skriftligt").
    public var oralYes: [StemPhrase] = []
    /// "Det räcker att de ger det per telefon": oral consent without the word for it, in a sentence under
    /// a heading of consent (`consent`) or after one about it in the same paragraph.
    public var oralEnough: [StemPhrase] = []
    public var consent: [StemPhrase] = []
    /// Phrases that let a case be raised without consent ("utan vårdnadshavarnas samtycke", "samtycke
    /// behöver inte inhämtas"), against `samtycke: skriftligt`.
    public var withoutConsent: [StemPhrase] = []
    /// "ingen", "inga", "inget": with the negations, what makes a sentence without consent refuse
    /// ("Utan samtycke får inga uppgifter lämnas").
    public var noneWords: Set<String> = []
    /// "anmäl", "orosanmäl": a report the law requires, which needs no consent and breaks no secrecy the
    /// agreement speaks of.
    public var dutiesByLaw: [StemPhrase] = []
    /// "skolan kan kalla till SIP", against `skolan: ska`.
    public var schoolMay: [StemPhrase] = []
    /// "skolan ska kalla till SIP", against `skolan: kan`, and what makes a list of who *may* call no
    /// contradiction when the text also says the school shall.
    public var schoolShall: [StemPhrase] = []
    /// "skolan behöver inte kalla till SIP", against `skolan: ska`: the negation is part of the phrase.
    /// The school phrases (`schoolMay`, `schoolShall`, this) are "skola", the modal (with its negation)
    /// as the second stem(s), then the verb: a hint writes "ska" in the modal's place.
    public var schoolNeedNot: [StemPhrase] = []
    /// "skolan har inget eget ansvar för att kalla": the duty denied, in a sentence that names SIP and a
    /// calling word after it; the whole sentence gives way to one that says "ska".
    public var schoolNoDuty: [StemPhrase] = []
    /// "Rektor avgör om …", "Skolan bestämmer om …": the school decides whether to call, against `skolan:
    /// ska`, when a calling word (`sipCalling`: "kallar", "initierar", "upprätta") follows before any word
    /// of need (`need`). Deciding whether the child needs a SIP is what the law asks of every party (2 kap.
    /// 7 § SoL: "om kommunen eller regionen bedömer att den behövs"), not a school that only may.
    public var schoolDecides: [StemPhrase] = []
    /// "om rektorn vill", "upp till rektorn": the school's will decides, wherever the calling word stands.
    public var schoolWills: [StemPhrase] = []
    public var sipCalling: [StemPhrase] = []
    public var need: [StemPhrase] = []
    /// "SIP", "samordnad individuell plan": a sentence of the school deciding is about SIP only if it names it.
    public var sip: [StemPhrase] = []
    /// Roles of staff without decision mandate ("handläggare", "kurator"), as word starts: a convener the
    /// text names so is compared with the front matter's role like a manager's.
    public var staffRoles: [String] = []

    /// Whether a folded word names a role without mandate: it starts with one ("socialsekreteraren").
    public func isStaffRole(_ word: String) -> Bool {
        staffRoles.contains { role in word.hasPrefix(role) || Self.compoundEndings.contains { word.hasSuffix(role + $0) } }
    }

    /// A staff role as the last part of a compound, inflected: "skolkurator", "mottagningssekreteraren".
    static let compoundEndings = ["", "n", "en", "na", "ns", "ens"]
    /// "Frågor av principiell karaktär skickas till …": a sentence that says where principal deviations
    /// go, which must name the receiver (`avvikelser.mottagare`, or another name of the same body).
    public var principalDeviations: [StemPhrase] = []
    /// Words that make a sentence speak of the follow-up, of a group's meetings, of the individforum.
    public var followUpWords: [StemPhrase] = []
    public var meetingWords: [StemPhrase] = []
    public var forumWords: [StemPhrase] = []
    /// Words that make a deadline the individforum meeting's ("Mötet hålls inom …"), not another one's.
    public var forumMeetingWords: [StemPhrase] = []
    /// "nästa ordinarie möte": a case that waits for the forum's next fixed meeting, against `inom-dagar`,
    /// where no sentence of the forum gives the deadline.
    public var nextMeeting: [StemPhrase] = []
    /// "Samtycket gäller i ett år", "… tills vidare": consent for a time, where the regional agreement
    /// has it obtained "för det specifika tillfället" (BUS008). A sentence that names the occasion
    /// (`occasions`: "tillfälle") or turns it around (a negation) says no such thing.
    public var consentForATime: [StemPhrase] = []
    public var occasions: [StemPhrase] = []
    /// "Protokoll förs inte", "utan protokoll": an individforum without minutes, against its `protokoll:`
    /// template (the regional agreement: "vid BUS individforums möten ska protokoll … föras").
    public var noMinutes: [StemPhrase] = []
    /// Words that turn a sentence around: "muntligt samtycke räcker inte".
    public var negations: Set<String> = []
    /// "räcker inte", "godtas inte": after the oral words, the oral consent refused however far the
    /// negation stands ("Ett samtycke som bara har getts muntligt eller per telefon räcker inte").
    public var insufficient: [StemPhrase] = []
    /// Words of information given orally ("informerar muntligt", "muntlig information"): the oral word
    /// is not the consent's.
    public var oralInformation: [StemPhrase] = []
    /// "om", "ifall": a condition. With a restricting word ("bara") before the oral word, the oral
    /// consent is what falls short: "Om vårdnadshavaren bara har lämnat muntligt samtycke lyfts ärendet
    /// avidentifierat."
    public var conditions: Set<String> = []
    public var restrictions: Set<String> = []
    /// "avidentifierat", "anonymt": the case raised without identifying the child, which needs no consent.
    public var anonymised: [StemPhrase] = []
    /// "vid behov", "när behov uppstår": a cadence that is no cadence, against `möten: { minst: … }` and
    /// `uppföljning.per`, where a sentence gives no other. Each with its words as written, to quote.
    public var whenNeeded: [QuotedPhrase] = []
    /// "även", "därutöver", "extra": on-demand meetings or follow-ups on top of the regular ones.
    public var additions: Set<String> = []

    public init() {}
}

/// A phrase of whole words and the words as the rule set writes them: what a hint quotes.
public struct QuotedPhrase: Equatable, Sendable {
    public var phrase: StemPhrase
    public var text: String

    public init(_ text: String) {
        self.text = text
        phrase = StemPhrase(text.split(separator: " ").map { $0 + "$" }.joined(separator: " "), gap: 0)
    }
}
