//! The organizer of a headline or lead: the body named before the verb
//! of its sentence, past opening times, clauses, venues and sources, and
//! the body named by "do X tổ chức".

use super::attended::guest;
use super::news::{has_word, COMMAND, ORGAN};
use crate::model::Level;
use crate::parse::rx::Rx;
use crate::parse::text::{Needle, COMMA, STOP};
use std::sync::LazyLock;

/// Verbs that end the organizer's name in a headline or lead.
pub(super) const ORG_VERBS: &[&str] = &[
    " tổ chức",
    " làm việc",
    " giao ban",
    " họp",
    " khai mạc",
    " bế mạc",
    // "Đại hội Đảng bộ tỉnh A diễn ra phiên trù bị": the event names its body.
    " diễn ra",
    // "Ngày 21/10, Đại hội MTTQ phường A lần thứ I thành công tốt đẹp":
    // so does an event that ends well.
    " thành công tốt đẹp",
    " tiến hành",
    " phối hợp",
    " gặp mặt",
    " sơ kết",
    " tổng kết",
    " triển khai",
    " ban hành",
    // "Ngày 3-11, UBND tỉnh có văn bản số 5120/UBND-TĐKT về việc …": a body
    // that sends out a document acts, whoever's directive the document
    // carries out.
    " có văn bản",
    " có công văn",
    " có công điện",
    // "Nhiệm kỳ 2025 - 2030, Ủy ban MTTQ xã A đề ra 10 mục tiêu": the body
    // whose congress it is sets its targets.
    " đề ra",
    " tiếp",
    " kiểm tra",
    // "Ban Dân vận Tỉnh ủy khảo sát … tại xã A", "Thường trực HĐND tỉnh
    // giám sát … tại phường B": the body that surveys or oversees holds
    // the visit, wherever it goes.
    " khảo sát",
    " giám sát",
    " trực báo",
    " đã ",
    " vừa ",
    " long trọng",
    " ra mắt",
    " trao ",
    " tặng ",
    " thăm",
    " chúc mừng",
    " bàn giao",
    " phát động",
    " ra quân",
    // "Huyện Tân Lập sẵn sàng cho ngày bầu cử": a unit that stands ready
    // for an event has prepared it.
    " sẵn sàng",
    // "TP. Thủ Đức tuyên dương 202 gương điển hình": a body commends.
    " tuyên dương",
    " biểu dương",
    " công bố",
    // What a body asks of others ("Bộ Nội vụ đề nghị các địa phương …").
    " đề nghị",
    " yêu cầu",
    " chỉ đạo",
    " hướng dẫn",
    " bổ nhiệm",
    " điều động",
    // "Ủy ban Kiểm tra Thành ủy A kỷ luật bằng hình thức cảnh cáo ông B"
    // (`org_verb` keeps only a body that disciplines, not one disciplined).
    " kỷ luật",
    // "Bộ trưởng giao Đại tá A phụ trách …" (`org_verb` keeps only an
    // assignment, not "giao lưu" or "xã giao").
    " giao ",
    // "Ủy ban Kiểm tra Trung ương xem xét đề nghị của Tỉnh ủy A", "…
    // kết luận vi phạm của ông B": an inspection body weighs a case and
    // concludes on it (`org_verb` keeps neither the nouns nor a case
    // undergone, "được xem xét", "theo kết luận").
    " xem xét",
    " kết luận",
];

/// Whether "xem xét" or "kết luận" between `before` and `after` is a
/// body weighing or concluding on a case ("Ủy ban Kiểm tra Tỉnh ủy xem xét
/// …", "… kết luận ông A đã vi phạm"), not a case undergone ("được xem
/// xét", "chưa xem xét") nor the noun ("việc xem xét", "theo kết luận",
/// "thông báo kết luận", "Kết luận số 21-KL/TW").
fn weighs_case(before: &str, after: &str) -> bool {
    const NOT_ACTING: [&str; 16] = [
        "được", "bị", "chưa", "sự", "việc", "để", "khi", "và", "các", "những", "theo", "báo",
        "hiện", "có", "tại", "đến",
    ];
    let last = before.rsplit(' ').next().unwrap_or("");
    let numbered = after.trim_start().starts_with(|c: char| c.is_ascii_digit())
        || after.trim_start().starts_with("số ");
    !NOT_ACTING.contains(&last) && !numbered && !before.ends_with(',')
}

/// Whether "kỷ luật" between `before` and `after` is a body's act on the
/// ones it names next ("… kỷ luật bằng hình thức cảnh cáo ông A", "… kỷ
/// luật khiển trách đối với bà B"), not a cadre who undergoes it ("bị kỷ
/// luật", "được xem xét kỷ luật") nor the noun ("quyết định kỷ luật").
fn disciplines(before: &str, after: &str) -> bool {
    const FORMS: [&str; 6] = [
        "bằng hình thức",
        "cảnh cáo",
        "khiển trách",
        "khai trừ",
        "cách chức",
        "đối với",
    ];
    let last = before.rsplit(' ').next().unwrap_or("");
    let undergone = matches!(
        last,
        "bị" | "được" | "xét" | "định" | "hành" | "nghị" | "lý" | "xử" | "hình" | "thức" | "về"
    );
    !undergone && FORMS.iter().any(|f| after.trim_start().starts_with(f))
}

/// Words after "giao" that make it an assignment.
pub(super) const ASSIGNED: &[&str] = &[
    "quyền",
    "phụ trách",
    "nhiệm vụ",
    "đồng chí",
    "ông",
    "bà",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
];

/// Verbs after "do X" that make X the organizer ("do Ban Dân vận Tỉnh ủy
/// tổ chức"); "do X dẫn đầu" names a delegation's leader instead.
pub(super) const ORGANIZING: &[&str] =
    &["tổ chức", "chủ trì", "phối hợp", "triển khai", "phát động"];

/// Openings of a lead that join it to what came before ("Theo đó, …").
pub(super) const CONNECTIVES: &[&str] = &["theo đó", "trước đó", "tiếp đó", "sau đó", "cùng ngày"];

/// The organizer's part of a headline or lead sentence: before its verb,
/// after an opening time phrase; none when that part says what something
/// is (`names_a_body`).
pub(super) fn organizer(lower: &str) -> Option<&str> {
    Some(organizer_before(&lower[..org_verb(lower)?])).filter(|org| names_a_body(org))
}

/// Whether the text before a verb may name a body: "Năm 2023 là năm …
/// đổi mới về tổ chức" says what a year is, and "tổ chức" there is a noun.
pub(super) fn names_a_body(org: &str) -> bool {
    !org.contains(" là ")
}

/// The body whose delegation `before` (a sentence up to " do ", before
/// the delegation's leader) names: "Đoàn Kiểm tra của Ủy ban Kiểm tra
/// Trung ương", whose leader need not be named with it; an armed force's
/// command sends its delegation under an officer of rank ("của Bộ Tư lệnh
/// Vùng 2 Hải quân do Thượng tá A"). The command may follow the
/// delegation's name with no "của" ("Đoàn công tác Công an TPHCM do Trung
/// tá A làm trưởng đoàn").
fn delegation_body(before: &str) -> Option<&str> {
    static DELEGATION: Needle = Needle::new("đoàn công tác ");
    let of = before
        .rfind(" của ")
        .map(|at| at + " của ".len())
        .or_else(|| {
            DELEGATION
                .find(before)
                .map(|at| at + DELEGATION.as_str().len())
        })?;
    let body = &before[of..];
    (!body.contains(',') && (has_word(&ORGAN, body) || has_word(&COMMAND, body))).then_some(body)
}

/// The organizer's part of `head`, the text before a verb.
pub(super) fn organizer_before(head: &str) -> &str {
    // Searchers shared by every call: this is asked of every sentence
    // that may name an organizer.
    static DO: Needle = Needle::new(" do ");
    static SAID: [Needle; 2] = [Needle::new(" cho biết, "), Needle::new(" cho biết ")];
    static PASSIVE: Needle = Needle::new(" được ");
    static ENDS: [Needle; 4] = [
        Needle::new(" tại "),
        Needle::new(", gồm"),
        Needle::new(" gồm:"),
        Needle::new(" gồm các "),
    ];
    let mut head = head;
    // The organizer is the subject of the verb's own sentence.
    if let Some(start) = last_sentence_start(head) {
        head = &head[start..];
    }
    // "“Xã phải tổ chức …” - đó là chỉ đạo của …": the words quoted first
    // are a speaker's, not the subject.
    if let Some(rest) = after_quotation(head) {
        head = rest;
    }
    // "Căn cứ Luật …; Căn cứ Nghị định … của Chính phủ; UBND xã A thông
    // báo …": the documents a notice rests on are not who issues it.
    if head.starts_with("căn cứ ") {
        if let Some(at) = head.rfind("; ") {
            head = &head[at + 2..];
        }
    }
    // "Hội nghị tại xã A do UBND huyện B tổ chức": the body after "do";
    // "Đoàn đại biểu tỉnh do đồng chí A làm trưởng đoàn": its leader.
    // But "Thực hiện cuộc vận động … do Trung ương Hội phát động, Hội
    // Nông dân huyện A đã …": the body that launched what an opening
    // clause carries out is not who acts, whose name follows the clause.
    if let Some(at) = DO.rfind(head).filter(|&at| !launch_at(head, at)) {
        let after = &head[at + 4..];
        if after.contains("dẫn đầu") || after.contains("trưởng đoàn") {
            let first = DO.find(head).unwrap_or(at);
            // "Đoàn Kiểm tra của Ủy ban Kiểm tra Trung ương do đồng chí A
            // làm trưởng đoàn": the body whose delegation it is, which
            // its leader need not be named with; an armed force's
            // command sends its delegation under an officer of rank
            // ("của Bộ Tư lệnh Vùng 2 Hải quân do Thượng tá A").
            if let Some(body) = delegation_body(&head[..first]) {
                return body;
            }
            return &head[first + 4..];
        }
        return after;
    }
    // "Công an tỉnh A cho biết, sáng cùng ngày, …": the source of the
    // news is not who acted.
    if let Some((p, said)) = SAID
        .iter()
        .find_map(|w| w.find(head).map(|p| (p, w.as_str().len())))
        .or_else(|| reporter_opener(head))
    {
        head = &head[p + said..];
        if let Some(p) = COMMA.find(head).filter(|&p| opens_with_time(&head[..p])) {
            head = &head[p + 2..];
        }
    }
    // "Sáng 12/3, …" opens with a time, "Theo đó, …" with a link to what
    // came before; "Thường trực Huyện ủy A, tỉnh B" opens with the
    // organizer itself.
    // Several openings may come one after another ("Trong không khí … 78
    // năm …, tối 19/8, tại …").
    // "Tại Thông báo số 45-TB/BCĐ về việc rà soát trụ sở, đơn vị …, ngày
    // 8/5/2031, Ban Chỉ đạo …": an opening that cites a document runs past
    // the commas of the document's subject up to the day it was issued.
    let mut org = after_cited_document(head).unwrap_or(head);
    for _ in 0..4 {
        let comma = COMMA.find(org);
        if let Some(meeting) = meeting_venue(&org[..comma.unwrap_or(org.len())]) {
            return meeting;
        }
        match comma {
            Some(p)
                if (opens_with_time(&org[..p]) && !time_then_body(&org[..p]))
                    || CONNECTIVES.contains(&&org[..p])
                    || super::bodies::opens_clause(&org[..p])
                    || bare_venue(&org[..p]) =>
            {
                org = &org[p + 2..];
            }
            _ => break,
        }
    }
    // "Trong thời gian qua Hội LHPN A đã …": a span of time with no comma
    // before the subject.
    org = without_time_span(org);
    // "tại TP Vinh (Nghệ An), Ban Chỉ đạo Tây Bắc phối hợp …": the venue
    // first, then the organizer; a venue alone ("tại Hội trường UBND huyện
    // A đã tổ chức") is the host's. The venue's name may run on over units
    // ("tại xã A, huyện B, Hội Nông dân tỉnh …"), but the last unit is the
    // organizer ("tại thành phố Long Xuyên, tỉnh An Giang long trọng tổ
    // chức").
    if let Some(rest) = org.strip_prefix("tại ") {
        org = rest.find(", ").map_or(org, |p| &rest[p + 2..]);
        while let Some(p) = org.find(", ") {
            if !opens_with_unit(org) {
                break;
            }
            org = &org[p + 2..];
        }
    }
    // "Phường A, tỉnh B, Đại hội đại biểu Đảng bộ tỉnh B …": an address
    // with no "tại" before the subject; units alone ("Xã A, huyện B tổ
    // chức") are the organizer, the first of them.
    org = after_address(org);
    // "Chiều ngày 11/10 tại hội trường xã Đảng ủy xã tổ chức": a time and
    // a venue with no comma before the organizer, who is then the last
    // organ the venue part names.
    if let Some(body) = body_after_time_and_venue(org) {
        org = body;
    }
    // "Căn cứ Nghị định … của Chính phủ quy định …;": a clause that runs
    // up to the verb names no one who acts.
    if super::bodies::opens_clause(org) {
        return "";
    }
    // "Đồng chí A, Bí thư Huyện ủy, được Ban Thường vụ Tỉnh ủy giao phụ
    // trách …": a passive verb's agent acts, not the cadre it acts on.
    // But "Đảng ủy xã A là đơn vị được Huyện ủy chọn làm điểm để tổ
    // chức đại hội": the agent chose the subject for the verb after "để", which
    // the subject (before "là") then does.
    if let Some(at) = PASSIVE.rfind(org) {
        let agent = &org[at + " được ".len()..];
        if !agent.starts_with("sự ") && has_word(&ORGAN, agent) {
            org = if chosen_for(agent) {
                org[..at].split(" là ").next().unwrap_or_default()
            } else {
                agent
            };
        }
    }
    // "… tổ chức tại huyện A": where it is held, not who holds it;
    // "Đoàn đại biểu Quốc hội thành phố, gồm: …": the members listed
    // after the body are not it.
    let end = ENDS.iter().filter_map(|w| w.find(org)).min();
    end.map_or(org, |at| &org[..at])
}

/// What one body sets going for others to carry out: a movement, a
/// campaign, a document, a contest ("do Trung ương Đoàn phát động").
const LAUNCHED: &[&str] = &[
    " phát động",
    " khởi xướng",
    " ban hành",
    " tổ chức",
    " chỉ đạo",
    " hướng dẫn",
];

/// Whether the " do " at `at` in `lower` closes an opening clause with
/// the body that launched what the clause carries out ("thực hiện phong
/// trào … do Trung ương Đoàn phát động, Huyện đoàn A đã …"): the sentence
/// up to it opens as a clause of purpose or basis, with no comma of its own
/// outside quotation marks, and a launching verb and a comma close the
/// clause before the sentence goes on.
fn launch_at(lower: &str, at: usize) -> bool {
    let start = lower[..at].rfind(['.', ';']).map_or(0, |k| k + 1);
    let clause = lower[start..at].trim_start();
    let after = &lower[at + " do ".len()..];
    super::bodies::opens_clause(clause)
        && !unquoted_comma(clause)
        && COMMA.find(after).is_some_and(|p| {
            LAUNCHED.iter().any(|v| after[..p].ends_with(v)) && !after[p + 2..].trim().is_empty()
        })
}

/// Whether `text` holds a comma outside quotation marks ("phong trào
/// “Xanh, sạch, đẹp”" holds none).
fn unquoted_comma(text: &str) -> bool {
    let mut quoted = false;
    text.chars().any(|c| {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ => {}
        }
        c == ',' && !quoted
    })
}

/// Whether the verb at `cut` in `lower` is the launcher's that closes an
/// opening clause (`launch_at`), not the subject's.
fn closes_opening_launch(lower: &str, cut: usize) -> bool {
    let Some(at) = lower[..cut].rfind(" do ") else {
        return false;
    };
    let closes = |v: &&str| {
        lower[cut..]
            .strip_prefix(*v)
            .is_some_and(|r| r.starts_with(", "))
    };
    LAUNCHED.iter().any(closes) && launch_at(lower, at)
}

/// The day a cited document was issued, closing the opening that cites it.
pub(super) static ISSUED_ON: LazyLock<Rx> =
    LazyLock::new(|| Rx::new(r"ngày\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{4},? "));

/// What follows an opening (lower case) that cites a document by its kind
/// and number ("tại công văn số …", "theo kế hoạch số …") up to the day it
/// was issued, in the same sentence; none when no day closes it.
fn after_cited_document(head: &str) -> Option<&str> {
    Some(&head[cited_document_end(head)?..])
}

/// Where an opening that cites a document (`after_cited_document`) ends in
/// `lower`: no verb inside it ("… các hội, tổ chức …") is the subject's.
fn cited_document_end(lower: &str) -> Option<usize> {
    let opening = ["tại ", "theo "].iter().find(|o| lower.starts_with(**o))?;
    let rest = &lower[opening.len()..];
    let number = rest.find(" số ")?;
    if !crate::parse::lexicon::is_document_kind(&rest[..number]) {
        return None;
    }
    let sentence = &rest[..rest.find(". ").unwrap_or(rest.len())];
    let issued = ISSUED_ON.find(sentence)?;
    Some(opening.len() + issued.end())
}

/// Whether a passive's agent part ends in "để" ("được Huyện ủy chọn làm điểm để"):
/// the verb that follows is the purpose the subject was chosen or charged
/// for, done by the subject.
fn chosen_for(agent: &str) -> bool {
    agent.trim_end().ends_with(" để")
}

/// Whether an opening (lower case, up to its comma) is a meeting held as
/// the venue, naming no body ("tại kỳ họp", "tại phiên họp sáng nay"):
/// more openings may follow it before the subject ("Tại kỳ họp, sau khi
/// xem xét …, Ủy ban Kiểm tra Trung ương yêu cầu …"). A place ("tại ấp
/// A, xã B") or a meeting that names its body ("tại Hội nghị Ban Chấp hành
/// Đảng bộ tỉnh") is read below.
fn bare_venue(opening: &str) -> bool {
    const MEETINGS: [&str; 6] = [
        "kỳ họp",
        "phiên họp",
        "cuộc họp",
        "buổi họp",
        "buổi làm việc",
        "hội nghị",
    ];
    opening.strip_prefix("tại ").is_some_and(|venue| {
        MEETINGS.iter().any(|m| venue.starts_with(m))
            && !venue.contains('(')
            && !has_word(&ORGAN, venue)
    })
}

/// Where a reporter's opener ends ("PV A/VOV thông tin, …", "Phóng viên
/// B đưa tin: …"): the reporter passes the news on, the body named after
/// it acts. Gives the opener's verb's position and its length with the
/// comma or colon after it.
fn reporter_opener(head: &str) -> Option<(usize, usize)> {
    let opener = crate::parse::reporter::reporter_opener(head)?;
    let after = &head[opener.end..];
    let stop = [", ", ": ", " "]
        .iter()
        .find(|p| after.starts_with(*p))
        .map_or(0, |p| p.len());
    Some((opener.verb, opener.end - opener.verb + stop))
}

/// The organizer after an opening time and venue written with no comma
/// between them and it ("chiều ngày 11/10/2024 tại hội trường xã đảng ủy
/// xã" gives "đảng ủy xã"): the last party or state organ named after
/// "tại", when one follows the venue's first word.
fn body_after_time_and_venue(org: &str) -> Option<&str> {
    let at = org.find(" tại ")?;
    // Only a time alone before the venue: "PV A thông tin, sáng nay
    // (30/6), tại Hội trường Thành ủy B, tỉnh C tổ chức" names the venue's
    // owner, and its province after a comma.
    let time = &org[..at];
    if time.contains(',') || !opens_with_time(time) {
        return None;
    }
    let venue = &org[at + " tại ".len()..];
    let last = ORGAN
        .find_iter(venue)
        .filter(|m| {
            let before = venue[..m.start()].chars().next_back();
            let after = venue[m.end()..].chars().next();
            m.start() > 0
                && before == Some(' ')
                && !after.is_some_and(crate::parse::text::is_letter)
        })
        .last()?;
    Some(&venue[last.start()..])
}

/// Spans of time that open a sentence with no comma ("thời gian qua";
/// `assets/lexicon/time_spans.txt`).
static TIME_SPANS: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::parse::lexicon::words(crate::parse::lexicon::TIME_SPANS)
        .map(|w| format!("{w} "))
        .collect()
});

/// `org` without a span of time that opens it with no comma ("trong thời
/// gian qua hội lhpn a" gives "hội lhpn a").
fn without_time_span(org: &str) -> &str {
    let rest = org.strip_prefix("trong ").unwrap_or(org);
    TIME_SPANS
        .iter()
        .find_map(|t| rest.strip_prefix(t.as_str()))
        .unwrap_or(org)
}

/// The meeting an opening names as its venue, when a body holds it:
/// "Tại Hội nghị Ban Chấp hành Đảng bộ tỉnh, đồng chí A, Phó Trưởng Ban
/// Tổ chức Trung ương công bố …" is the provincial committee's meeting;
/// the speaker's own organ is only hers. "Tại hội nghị, …" names none.
fn meeting_venue(opening: &str) -> Option<&str> {
    let meeting = opening.strip_prefix("tại ")?;
    (MEETINGS.iter().any(|m| meeting.starts_with(m))
        && !super::level_words::levels_in(meeting, meeting, None).is_empty())
    .then_some(meeting)
}

/// Meetings a venue phrase may name ("tại Hội nghị …", "tại Kỳ họp thứ 5
/// HĐND tỉnh"), each held by the body named in it.
const MEETINGS: &[&str] = &[
    "hội nghị ",
    "kỳ họp ",
    "phiên họp ",
    "đại hội ",
    "buổi làm việc ",
    "hội thảo ",
    "tọa đàm ",
];

/// Whether an opening that starts with a time runs on into a body with no
/// comma between them ("sáng ngày 4/2 đoàn cán bộ huyện, xã đã đến thăm"):
/// the body is then the organizer, not part of the time.
fn time_then_body(chunk: &str) -> bool {
    const TIME: &[&str] = &["sáng", "chiều", "tối", "trưa", "ngày"];
    // "sáng 12/3 tại hội trường ubnd huyện, …" names a venue, no body.
    TIME.iter().any(|t| chunk.starts_with(t))
        && !chunk.contains(" tại ")
        && !chunk.contains(" ở ")
        && (has_word(&ORGAN, chunk) || chunk.contains(" đoàn ") || chunk.contains(" ban "))
}

/// `org` after the units of an address that open it, when a body's or an
/// event's name follows them after a comma.
fn after_address(org: &str) -> &str {
    let mut rest = org;
    while opens_with_unit(rest) {
        match rest.find(", ") {
            // A unit's name is a few words ("tỉnh bà rịa - vũng tàu").
            Some(p) if rest[..p].split(' ').count() <= 6 => rest = &rest[p + 2..],
            _ => return org,
        }
    }
    if rest.len() < org.len() && (has_word(&ORGAN, rest) || super::news::names_event(rest)) {
        rest
    } else {
        org
    }
}

/// Whether `lower` opens with an administrative unit's word ("huyện a",
/// "tỉnh b", "thành phố c"), the capital's included ("thủ đô hà nội", as
/// an address after a venue: "tại Cung Văn hóa Hữu nghị, Thủ đô Hà Nội,
/// Bộ Y tế …").
fn opens_with_unit(lower: &str) -> bool {
    // A venue's hamlet or quarter comes before its commune ("tại điểm di
    // tích A, thôn B, xã C (huyện D), Ban Dân vận Tỉnh ủy …"): a unit of
    // the address too, not the organizer.
    [
        "thôn ",
        "ấp ",
        "bản ",
        "xóm ",
        "làng ",
        "buôn ",
        "tổ dân phố ",
        "khu phố ",
        "thủ đô ",
        "xã ",
        "phường ",
        "thị trấn ",
        "huyện ",
        "quận ",
        "thị xã ",
        "thành phố ",
        "tp ",
        "tp. ",
        "tỉnh ",
    ]
    .iter()
    .any(|u| lower.starts_with(u))
}

/// Where the last sentence of `lower` starts, if it is not the first: after
/// ". " that does not follow a short abbreviation in plain letters ("tp.
/// hồ chí minh", "pgs. ts"; "cư trú." ends a sentence).
pub(super) fn last_sentence_start(lower: &str) -> Option<usize> {
    sentence_breaks(lower).last().map(|at| at + 2)
}

/// Where the ". " that end sentences of `lower` are, as `last_sentence_start` reads them.
pub(super) fn sentence_breaks(lower: &str) -> impl Iterator<Item = usize> + '_ {
    STOP.find_iter(lower).filter(|&at| {
        let word = lower[..at].rsplit([' ', '(']).next().unwrap_or("");
        !(word.len() <= 3 && word.bytes().all(|b| b.is_ascii_lowercase()))
    })
}

/// Where the first verb that ends an organizer's name starts in `lower`
/// ("trao đổi" is talk, not a handing over).
pub(super) fn org_verb(lower: &str) -> Option<usize> {
    org_verbs(lower).next()
}

/// Where each verb that may end an organizer's name starts in `lower`.
pub(super) fn org_verbs(lower: &str) -> impl Iterator<Item = usize> + '_ {
    let cited = cited_document_end(lower).unwrap_or(0);
    ORG_VERB
        .find_iter(lower)
        .filter(move |m| {
            let at = m.start();
            if at < cited || at == 0 || lower.as_bytes()[at - 1] != b' ' || quoted(&lower[..at]) {
                return false;
            }
            let (before, after) = (&lower[..at - 1], &lower[m.end()..]);
            match m.as_str() {
                "trao " => !after.starts_with("đổi"),
                // "Đoàn Kiểm tra của Tỉnh ủy", "Ủy ban Kiểm tra Trung ương",
                // "Tổ kiểm tra": a body's name, no inspecting.
                "kiểm tra" => {
                    !["đoàn", "ban", "tổ"].contains(&before.rsplit(' ').next().unwrap_or(""))
                }
                // "Đoàn giám sát của HĐND tỉnh", "công tác kiểm tra, giám
                // sát", "chịu sự giám sát", "đợt khảo sát": a body's name,
                // the work or a round of it, no body acting.
                "khảo sát" | "giám sát" => {
                    let last = before.rsplit(' ').next().unwrap_or("");
                    !before.ends_with(',')
                        && ![
                            "đoàn", "ban", "tổ", "sự", "việc", "tác", "động", "được", "và", "các",
                            "những", "cuộc", "đợt", "buổi", "kết", "quả",
                        ]
                        .contains(&last)
                }
                // "Ban Tổ chức Trung ương vừa ban hành …": the organ's name,
                // no holding. "các tổ chức chính trị - xã hội", "những tổ
                // chức thành viên": organisations counted, a noun.
                "tổ chức" => {
                    let last = before.rsplit(' ').next().unwrap_or("");
                    !matches!(last, "ban" | "các" | "những" | "mọi" | "nhiều")
                }
                // "đã tới dự", "vừa tham dự": someone attends, no organizer
                // acts; "đã được điều động": someone undergoes a decision.
                "đã " | "vừa " => ![
                    "dự ",
                    "tham dự",
                    "tới dự",
                    "đến dự",
                    "về dự",
                    "đến tham dự",
                    "được ",
                ]
                .iter()
                .any(|w| after.starts_with(w)),
                "giao " => ASSIGNED.iter().any(|w| after.starts_with(w)),
                "kỷ luật" => disciplines(before, after),
                "xem xét" | "kết luận" => weighs_case(before, after),
                // "quán triệt các văn bản do Ban Thường vụ Tỉnh ủy ban
                // hành": the body that issued what is studied, no holder.
                "ban hành" => !studies_issued_documents(before),
                // "…, biểu dương và khen thưởng kịp thời": one more thing
                // to do in a list, not a body's act.
                // "trước Kỳ họp thứ 6", "tại phiên họp": a session, no
                // body meeting.
                "họp" => !["kỳ", "phiên", "cuộc", "buổi"]
                    .contains(&before.rsplit(' ').next().unwrap_or("")),
                "tuyên dương" | "biểu dương" | "sẵn sàng" => {
                    !before.ends_with([',', ';']) && !before.ends_with(" và")
                }
                // "trực tiếp", "tiếp tục", "tiếp thu": no receiving; "tiếp
                // xúc cử tri": deputies meet voters at a meeting the front
                // holds.
                "tiếp" => {
                    !before.ends_with("trực")
                        && !["tục", "thu", "theo", "nhận", "xúc"]
                            .iter()
                            .any(|w| after.trim_start().starts_with(w))
                }
                // "sự chỉ đạo", "theo hướng dẫn", "Ban Chỉ đạo": a noun or
                // a body's name, no body asking.
                "đề nghị" | "yêu cầu" | "chỉ đạo" | "hướng dẫn" => {
                    let last = before.rsplit(' ').next().unwrap_or("");
                    ![
                        "sự", "theo", "và", "được", "việc", "các", "những", "ban", "ứng", "xét",
                    ]
                    .contains(&last)
                }
                _ => true,
            }
        })
        .map(|m| m.start() - 1)
}

/// What a meeting does with documents others issued: studies them,
/// makes them known or carries them out.
const STUDIED: &[&str] = &[
    "quán triệt",
    "học tập",
    "nghiên cứu",
    "phổ biến",
    "tuyên truyền",
    "triển khai",
    "thực hiện",
];

/// Documents a body issues.
const ISSUED: &[&str] = &[
    "văn bản",
    "nghị quyết",
    "chỉ thị",
    "kết luận",
    "quy định",
    "quyết định",
    "hướng dẫn",
    "kế hoạch",
    "đề án",
    "chương trình",
];

/// Whether `before`, the sentence up to "ban hành", studies documents
/// "do X" issued ("… được quán triệt các văn bản do Trung ương, Tỉnh ủy"):
/// X is named as their author inside the object, not as the subject.
fn studies_issued_documents(before: &str) -> bool {
    let Some(by) = before.rfind(" do ") else {
        return false;
    };
    let sentence = &before[last_sentence_start(&before[..by]).unwrap_or(0)..by];
    STUDIED.iter().any(|w| sentence.contains(w)) && ISSUED.iter().any(|w| sentence.contains(w))
}

/// What follows a quotation that opens `head`, past the dash or comma
/// after it.
fn after_quotation(head: &str) -> Option<&str> {
    let close = if let Some(rest) = head.strip_prefix('"') {
        rest.find('"')? + 2
    } else {
        let rest = head.strip_prefix('“')?;
        head.len() - rest.len() + rest.find('”')? + '”'.len_utf8()
    };
    Some(head[close..].trim_start_matches([' ', '-', '–', ',', '.']))
}

/// Backward searchers for the curly quotes, built once: `quoted` is asked
/// at every verb of every lead.
static OPEN_QUOTE: LazyLock<memchr::memmem::FinderRev<'static>> =
    LazyLock::new(|| memchr::memmem::FinderRev::new("“"));
static CLOSE_QUOTE: LazyLock<memchr::memmem::FinderRev<'static>> =
    LazyLock::new(|| memchr::memmem::FinderRev::new("”"));

/// Whether the end of `before` lies inside a quotation: a speaker's words
/// ("“Xã, phường phải tổ chức giao ban …” - đó là chỉ đạo của Bí thư Tỉnh
/// ủy"), whose verbs are no organizer's.
fn quoted(before: &str) -> bool {
    let b = before.as_bytes();
    if memchr::memchr_iter(b'"', b).count() % 2 == 1 {
        return true;
    }
    let open = OPEN_QUOTE.rfind(b);
    let close = CLOSE_QUOTE.rfind(b);
    match (open, close) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The level of the first organizer named in `lower` that has one: "Nhằm
/// tạo khí thế ra quân …, chiều 10/1, Hội Nông dân huyện A đã tổ chức":
/// the verb of a purpose clause ends no organizer's name, the next one does.
/// Up to three verbs of the first sentence are tried.
pub(super) fn organizer_level(lower: &str, of: impl Fn(&str) -> Option<Level>) -> Option<Level> {
    if lists_guests(lower) {
        return None;
    }
    let end = super::bodies::actor_sentence_end(lower);
    let mut verbs = org_verbs(lower).peekable();
    // "Nhân dịp kỷ niệm 93 năm Ngày truyền thống MTTQ Việt Nam. Chiều
    // 17/11, các ấp của xã A tổ chức …": a sentence with no verb names the
    // occasion; the organizer is in the next one.
    let end = if verbs.peek().is_some_and(|&at| at <= end) {
        end
    } else {
        sentence_breaks(lower)
            .find(|&b| b > end)
            .unwrap_or(lower.len())
    };
    // "Căn cứ Luật …; Căn cứ Nghị định … quy định …; UBND xã A thông
    // báo …": the verbs of the documents cited first are not the issuer's.
    let cited = if lower.starts_with("căn cứ ") {
        lower.get(..end).and_then(|s| s.rfind("; ")).unwrap_or(0)
    } else {
        0
    };
    // "… của 94 xã, phường (trước đó, phường A đã tổ chức đại hội điểm)
    // diễn ra …": a verb inside an aside in brackets is not the sentence's.
    let aside = |at: usize| {
        let b = &lower.as_bytes()[..at];
        memchr::memchr_iter(b'(', b).count() > memchr::memchr_iter(b')', b).count()
    };
    verbs
        .skip_while(|&at| at < cited)
        .take_while(|&at| at <= end)
        .filter(|&at| !aside(at))
        .take(3)
        // "Ông A, Chủ tịch Quốc hội, tham dự và chỉ đạo tại Đại hội": one
        // who attends and also directs is a guest, no organizer.
        .filter(|&cut| !attends_and(&lower[..cut]) && !closes_opening_launch(lower, cut))
        .map(|cut| held_event(lower, cut).unwrap_or_else(|| organizer_before(&lower[..cut])))
        .filter(|org| names_a_body(org))
        .find_map(|org| match visited(lower, org, end) {
            // A delegation from abroad: the body it visits holds the event.
            Some(host) if super::level::foreign_body(org) => of(host),
            _ => of(org),
        })
}

/// The rest of the sentence after `org`, a part of `lower`, up to `end`:
/// the body a delegation visits ("… sang thăm, làm việc tại UBND tỉnh
/// A").
fn visited<'a>(lower: &'a str, org: &str, end: usize) -> Option<&'a str> {
    let from = (org.as_ptr() as usize).checked_sub(lower.as_ptr() as usize)? + org.len();
    lower.get(from..end.max(from))
}

/// Whether the text before a verb ends by attending ("… đã dự và", "…
/// tham dự,"): the verb is then what a guest also did.
fn attends_and(before: &str) -> bool {
    let b = before.trim_end();
    [" dự và", " dự,"].iter().any(|w| b.ends_with(w))
}

/// Openings of a sentence that lists who comes to an event ("Về dự, chỉ
/// đạo Hội nghị có đồng chí A, Trưởng Ban Tổ chức Tỉnh ủy"): the guests'
/// offices hold no event, and "Ban Tổ chức" there is no verb.
const GUESTS_COME: &[&str] = &[
    "về dự",
    "đến dự",
    "tới dự",
    "cùng dự",
    "tham dự",
    "về tham dự",
    "đến tham dự",
    "tới tham dự",
    "cùng tham dự",
];

/// Whether `lower` opens by naming who attends rather than who organizes.
fn lists_guests(lower: &str) -> bool {
    GUESTS_COME.iter().any(|w| {
        lower
            .strip_prefix(w)
            .is_some_and(|rest| rest.starts_with([' ', ',']))
    })
}

/// The event a lead says takes place, opens or closes when only a time and
/// a venue come before "diễn ra" ("khai mạc", "bế mạc"): "Ngày 25-10, tại
/// TP HCM, diễn ra Đại hội MTTQ phường A …"; its name names the body that
/// holds it, the venue does not.
fn held_event(lower: &str, cut: usize) -> Option<&str> {
    // "Sáng 27/9, tại thành phố A khai mạc Đại hội đại biểu Đảng bộ tỉnh
    // A": an event that opens or closes after a time and a venue alone is
    // held by the body its name names, as one that takes place.
    let after = &lower[cut..];
    // "tại hội trường phường A đã diễn ra Đại hội …": the tense before the
    // verb is cut at first, and the venue is still no organizer.
    let after = [" đã", " vừa", " sẽ"]
        .iter()
        .find_map(|t| after.strip_prefix(t).filter(|a| a.starts_with(' ')))
        .unwrap_or(after);
    let event = after.strip_prefix(" diễn ra ").or_else(|| {
        // "Đại hội … chính thức khai mạc tại Cung Văn hóa": a venue after
        // the verb names no event.
        [" khai mạc ", " bế mạc "]
            .iter()
            .find_map(|v| after.strip_prefix(v))
            .filter(|e| {
                !["tại ", "ở ", "vào ", "lúc "]
                    .iter()
                    .any(|w| e.starts_with(w))
            })
    })?;
    let before = organizer_before(&lower[..cut]);
    // "Vào cuối tuần này sẽ diễn ra Hội nghị …": a time alone, the event
    // still to come, holds no body either.
    // "Đại hội … lần thứ XV, nhiệm kỳ 2020 - 2025 đã khai mạc phiên trọng
    // thể": a subject that names the event is no time, whatever years its
    // term holds.
    let time = (opens_with_time(before) || before.starts_with("vào "))
        && !super::news::names_event(before);
    let venue = before.is_empty() || before.starts_with("tại ") || before.starts_with("ở ") || time;
    let end = [", ", ". ", " tại ", " với "]
        .iter()
        .filter_map(|w| event.find(w))
        .min()
        .unwrap_or(event.len());
    venue.then(|| &event[..end])
}

/// The level of an organizer that is only a province's or a district's
/// name.
pub(super) fn unit_level(org: &str, two_level: bool) -> Option<Level> {
    // "Xã Tuyên Quang", "phường Hải Dương": since July 2025 communes and
    // wards take the names of provinces and districts; the kind word says
    // which unit is meant.
    match org.split(' ').next() {
        // "chính trị - xã hội", "xã giao": the words for society and
        // courtesy, unless a commune bears the name they open ("xã Hội An").
        Some("xã") if common_noun_after_xa(org) => return None,
        Some("xã" | "phường") => return Some(Level::Commune),
        Some("thị") if org.starts_with("thị trấn ") => return Some(Level::Commune),
        _ => {}
    }
    if crate::units::province(org).is_some() {
        return Some(Level::Provincial);
    }
    crate::units::district(org)
        .filter(|_| !two_level)
        .map(|u| u.kind.level())
}

/// Whether `org` (lower case, opening with "xã") is the noun "xã hội"
/// (society) or "xã giao" (courtesy) rather than a commune: the word after
/// "xã" is "hội" or "giao" and what follows "xã" names no unit.
fn common_noun_after_xa(org: &str) -> bool {
    let rest = org["xã".len()..].trim_start();
    matches!(rest.split(' ').next(), Some("hội" | "giao")) && !crate::units::is_unit_name(rest)
}

/// The level of a headline's organizer that is only a unit's name ("Hớn
/// Quản tổ chức tọa đàm"), or of the lower unit its event names ("Phú
/// Xuân tổ chức Đại hội MTTQ phường": the ward's congress).
pub(super) fn bare_unit_level(
    head: &str,
    of: impl Fn(&str) -> Option<Level>,
    two_level: bool,
) -> Option<Level> {
    let cut = org_verb(head)?;
    let own = unit_level(organizer_before(&head[..cut]), two_level)?;
    let event = &head[cut..];
    let end = [" tại ", ", ", ". ", " với "]
        .iter()
        .filter_map(|w| event.find(w))
        .min()
        .unwrap_or(event.len());
    Some(of(&event[..end]).filter(|l| *l > own).unwrap_or(own))
}

/// The level of a unit whose name ends `org` (up to four words), when it
/// opens with a body's word rather than a person's name.
fn named_unit(org: &str, two_level: bool) -> Option<Level> {
    if !has_word(&ORGAN, org)
        && ![
            "công an",
            "bộ chỉ huy",
            "bch",
            "ban ",
            "hội ",
            "sở ",
            "đoàn ",
        ]
        .iter()
        .any(|w| org.starts_with(w))
    {
        return None;
    }
    let words: Vec<&str> = org.split(' ').filter(|w| !w.is_empty()).collect();
    (2..=4.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|n| unit_level(&words[words.len() - n..].join(" "), two_level))
}

/// The level of an organizer's name: of the first body when it names
/// several, else its own, else of a unit named by its province's or
/// district's name alone ("Công an Nghệ An").
pub(super) fn org_level(
    org: &str,
    of: impl Fn(&str) -> Option<Level>,
    two_level: bool,
) -> Option<Level> {
    let lead = super::bodies::lead_body(org);
    of(lead)
        .or_else(|| (lead.len() < org.len()).then(|| of(org)).flatten())
        // "Hội Phụ nữ từ cấp huyện tới cấp xã": the span's last unit word
        // is no unit the body belongs to.
        .or_else(|| {
            (!guest(org) && !super::level::tier_span(org))
                .then(|| named_unit(org, two_level))
                .flatten()
        })
}
/// Whether an opening phrase is a time ("sáng 12/3", "chiều nay", "(lao)").
pub(super) fn opens_with_time(p: &str) -> bool {
    const TIME: &[&str] = &[
        "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "ngày", "nay", "vừa", "(",
    ];
    TIME.iter().any(|t| p.starts_with(t)) || dated(p)
}

/// Whether `p` holds a date, a year or a clock time ("12/3", "4-10",
/// "năm 2024", "8h30"): "100% số huyện" and "của 94 xã" count units, no
/// time.
fn dated(p: &str) -> bool {
    let b = p.as_bytes();
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    (0..b.len()).any(|k| {
        digit(k)
            && ((matches!(b.get(k + 1), Some(b'/' | b'-' | b'.')) && month_or_year(b, k + 2))
                || (b.get(k + 1) == Some(&b'h')
                    && (k + 2 == b.len() || digit(k + 2) || b[k + 2] == b' '))
                || (digit(k + 1)
                    && digit(k + 2)
                    && digit(k + 3)
                    && !digit(k + 4)
                    && (k == 0 || !digit(k - 1))))
    })
}

/// Whether the digits at `k` of `b` make a month or a year, as after the
/// day in "12/3" or the month in "6/2024": "28/30 quận" counts units.
fn month_or_year(b: &[u8], k: usize) -> bool {
    let rest = &b[k.min(b.len())..];
    let len = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let value = rest[..len].iter().fold(0u32, |n, c| {
        n.saturating_mul(10).saturating_add(u32::from(c - b'0'))
    });
    (len > 0 && (1..=12).contains(&value)) || len == 4
}

/// The organizer named by "do" in a sentence of `lower`: "Hội nghị do Ban
/// Dân vận Tỉnh ủy tổ chức" gives "ban dân vận tỉnh ủy".
pub(super) fn named_organizer(lower: &str) -> Option<&str> {
    lower.match_indices(" do ").find_map(|(at, _)| {
        let rest = &lower[at + 4..];
        // "do đó", "do vậy": "so", not "by".
        if rest.starts_with("đó") || rest.starts_with("vậy") {
            return None;
        }
        let end = rest.find(['.', ';']).unwrap_or(rest.len());
        let cut = org_verb(&rest[..end])?;
        let verb = rest[cut..].trim_start();
        // "… mô hình do Trung ương Hội phát động": after the sentence that
        // names who acts, launching a programme is its origin, not the event.
        // So it is after a body already named as acting in the same
        // sentence ("UBMTTQ tỉnh A tổ chức hội nghị điển hình … các cuộc
        // vận động do MTTQ Việt Nam phát động").
        let acted_before = || {
            organizer(&lower[..at])
                .is_some_and(|o| !guest(o) && !super::level_words::levels_in(o, o, None).is_empty())
        };
        // "Hưởng ứng phong trào … do Hội Nông dân tỉnh phát động, Hội Nông
        // dân xã A tổ chức …": a clause of response names where the
        // movement comes from; the body that acts on it follows. The
        // response may follow another opening act ("Phát huy truyền thống
        // … và hưởng ứng Cuộc vận động … do Chủ tịch nước phát động, …").
        let responds = || {
            let start = lower[..at].rfind(['.', ';']).map_or(0, |k| k + 1);
            let clause = lower[start..at].trim_start();
            clause.starts_with("hưởng ứng") || clause.contains(" hưởng ứng ")
        };
        // "Thực hiện phong trào … do Trung ương Đoàn phát động, Huyện đoàn
        // A …": so does any opening clause the launcher's verb closes.
        let origin = (verb.starts_with("phát động") || verb.starts_with("triển khai"))
            && (at > super::bodies::actor_sentence_end(lower) || acted_before() || responds())
            || launch_at(lower, at);
        (!origin && ORGANIZING.iter().any(|v| verb.starts_with(v))).then(|| &rest[..cut])
    })
}

/// The host a line names as inviting the visitors ("Nhận lời mời của
/// GHPGVN, phái đoàn … đã đến", "theo lời mời của Chủ tịch UBND tỉnh A,
/// đoàn …"): the body or office up to the clause's end.
pub(super) fn inviting_host(lower: &str) -> Option<&str> {
    // A shared searcher: every headline and lead is asked.
    static INVITED: Needle = Needle::new("lời mời của ");
    let at = INVITED.find(lower)? + INVITED.as_str().len();
    let rest = &lower[at..];
    let host = rest[..rest.find([',', '.', ';']).unwrap_or(rest.len())].trim();
    (!host.is_empty()).then_some(host)
}

/// The verbs without their leading space: the pattern then starts with
/// letters, which a search finds faster than a space; `org_verbs` checks
/// the space.
pub(super) static ORG_VERB: LazyLock<Rx> = LazyLock::new(|| {
    let verbs: Vec<&str> = ORG_VERBS.iter().map(|v| v.trim_start()).collect();
    Rx::new(&verbs.join("|"))
});
