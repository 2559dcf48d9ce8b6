//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Progress towards the 2030 targets.
pub const TITLE: Text3 = Text3::new(
    "Progress towards the {year} targets",
    "Продвижение к целям на {year} год",
    "{year} жылға арналған мақсаттарға жету барысы",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "Towards the {year} targets: {items}.",
    "Цели на {year} год: {items}.",
    "{year} жылғы мақсаттар: {items}.",
);

pub const PAY_GAP: Text3 = Text3::new(
    "Gender pay gap",
    "Гендерный разрыв в оплате труда",
    "Жалақыдағы гендерлік алшақтық",
);

pub const LEADERSHIP: Text3 = Text3::new(
    "Leadership positions held by women",
    "Доля женщин на руководящих должностях",
    "Басшылық лауазымдардағы әйелдер үлесі",
);

pub const PEACEKEEPING: Text3 = Text3::new(
    "Women in peacekeeping",
    "Женщины в миротворчестве",
    "Бітімгершіліктегі әйелдер",
);

pub const DOMESTIC_VIOLENCE: Text3 = Text3::new(
    "Domestic violence",
    "Бытовое насилие",
    "Тұрмыстық зорлық-зомбылық",
);

pub const HEAD: Text3 = Text3::new(
    "{name} — goal: {target}",
    "{name} — цель: {target}",
    "{name} — мақсат: {target}",
);

pub const REDUCTION: Text3 = Text3::new(
    "a {value} reduction",
    "сокращение на {value}",
    "{value:dat} азайту",
);

pub const LATEST: Text3 = Text3::new(
    "Latest figure: {value}",
    "Последние данные: {value}",
    "Соңғы дерек: {value}",
);

pub const LEADERS_VALUE: Text3 = Text3::new(
    "{share} “women leaders” ({where}; posts and year not given)",
    "доля «женщин-руководителей» {share} ({where}; должности и год не указаны)",
    "«әйел басшылар» үлесі {share} ({where}; лауазымдар мен жыл көрсетілмеген)",
);

pub const PEACE_VALUE: Text3 = Text3::new(
    "{women} women of {total} peacekeepers ({share}), {date}",
    "женщин-миротворцев — {women} из {total} ({share}), {date}",
    "әйел бітімгерлер — {women}, барлығы {total} ({share}), {date}",
);

pub const DV_FEWER: Text3 = Text3::new(
    "{last} recorded incidents in {last_year}, {fall} fewer than in {first_year} ({first})",
    "в {last_year} г. зарегистрированных случаев — {last}, на {fall} меньше, чем в {first_year} г. ({first})",
    "{last_year} жылы {last} оқиға тіркелді, бұл {first_year} жылғыдан ({first}) {fall:dat} аз",
);

pub const DV_MORE: Text3 = Text3::new(
    "{last} recorded incidents in {last_year}, {fall} more than in {first_year} ({first})",
    "в {last_year} г. зарегистрированных случаев — {last}, на {fall} больше, чем в {first_year} г. ({first})",
    "{last_year} жылы {last} оқиға тіркелді, бұл {first_year} жылғыдан ({first}) {fall:dat} көп",
);

pub const GOAL_MARK: Text3 = Text3::new("goal {target}", "цель {target}", "мақсат {target}");

pub const DV_GOAL_MARK: Text3 = Text3::new(
    "goal from {base_year}: {goal}",
    "цель от {base_year} г.: {goal}",
    "{base_year} жылдан мақсат: {goal}",
);

pub const LEADERSHIP_NOTE: Text3 = Text3::new(
    "For leadership the chart uses “women leaders”, {share} ({where}), because it reports progress under the same gender policy framework that sets the target; the source gives neither its year nor which posts it covers. It is not a share of elected seats: women hold {majilis} of the Majilis ({majilis_where}). Among civil-service managers alone women hold {civil} ({civil_where}).",
    "Для руководящих должностей взята доля «женщин-руководителей» — {share} ({where}), поскольку она отражает выполнение той же Концепции гендерной политики, которая задаёт цель; ни год, ни охват должностей в источнике не указаны. Это не доля мест в выборных органах: в Мажилисе у женщин {majilis} ({majilis_where}). Среди одних только руководителей на госслужбе доля женщин — {civil} ({civil_where}).",
    "Басшылық лауазымдар үшін «әйел басшылар» үлесі алынды — {share} ({where}), өйткені ол мақсатты белгілейтін сол гендерлік саясат тұжырымдамасының орындалуын көрсетеді; дереккөзде оның жылы да, қандай лауазымдарды қамтитыны да көрсетілмеген. Бұл сайланбалы органдардағы орындар үлесі емес: Мәжілістегі әйелдер үлесі — {majilis} ({majilis_where}). Тек мемлекеттік қызметтегі басшылар арасында әйелдер үлесі — {civil} ({civil_where}).",
);

pub const DV_NOTE: Text3 = Text3::new(
    "The domestic-violence goal is {reduction}, and the source names no baseline year; measured from {base_year}, it would mean {goal} recorded incidents or fewer, against {last} in {last_year}.",
    "Цель по бытовому насилию — {reduction}, но базовый год в источнике не назван; если считать от {base_year} г., цель — не более {goal} зарегистрированных случаев, а в {last_year} г. их было {last}.",
    "Тұрмыстық зорлық-зомбылық бойынша мақсат — {reduction}, бірақ дереккөзде базалық жыл аталмаған; {base_year} жылдан есептесек, мақсат — {goal} немесе одан аз тіркелген оқиға, ал {last_year} жылы {last} оқиға тіркелген.",
);

pub const PAY_NOTE: Text3 = Text3::new(
    "The sources give the pay-gap goal ({target}) but no current figure, so none is drawn.",
    "В источниках есть цель по разрыву в оплате труда ({target}), но нет его текущего значения, поэтому оно не показано.",
    "Дереккөздерде жалақыдағы алшақтық бойынша мақсат ({target}) бар, бірақ алшақтықтың қазіргі мәні жоқ, сондықтан ол көрсетілмеген.",
);

pub const SCALE_NOTE: Text3 = Text3::new(
    "Each target has its own scale: shares from 0 to {max}, domestic violence in recorded incidents.",
    "У каждой цели своя шкала: доли — от 0 до {max}, бытовое насилие — в числе зарегистрированных случаев.",
    "Әр мақсаттың өз шкаласы бар: үлестер 0 мен {max} аралығында, тұрмыстық зорлық-зомбылық тіркелген оқиғалар санымен көрсетілген.",
);

pub const TK_LEAD: Text3 = Text3::new(
    "“women leaders” {value} (goal: {target} of leadership posts)",
    "«женщины-руководители» — {value} (цель — {target} руководящих должностей)",
    "«әйел басшылар» — {value} (мақсат — басшылық лауазымдардың {target:poss})",
);

pub const TK_PEACE: Text3 = Text3::new(
    "women peacekeepers {value} (goal: {target})",
    "женщины-миротворцы — {value} (цель — {target})",
    "әйел бітімгерлер — {value} (мақсат — {target})",
);

pub const TK_DV_FELL: Text3 = Text3::new(
    "domestic-violence incidents down {fall} from {first_year} to {last_year} (goal: {reduction})",
    "случаев бытового насилия в {last_year} г. на {fall} меньше, чем в {first_year} г. (цель — {reduction})",
    "тұрмыстық зорлық-зомбылық оқиғалары {first_year}–{last_year} жылдары {fall:dat} азайды (мақсат — {reduction})",
);

pub const TK_DV_ROSE: Text3 = Text3::new(
    "domestic-violence incidents up {fall} from {first_year} to {last_year} (goal: {reduction})",
    "случаев бытового насилия в {last_year} г. на {fall} больше, чем в {first_year} г. (цель — {reduction})",
    "тұрмыстық зорлық-зомбылық оқиғалары {first_year}–{last_year} жылдары {fall:dat} көбейді (мақсат — {reduction})",
);

pub const TARGET_COLUMN: Text3 = Text3::new("Target", "Показатель", "Көрсеткіш");

pub const GOAL_COLUMN: Text3 = Text3::new("Goal", "Цель", "Мақсат");

pub const LATEST_COLUMN: Text3 = Text3::new(
    "Latest figure in the sources",
    "Последние данные в источниках",
    "Дереккөздердегі соңғы дерек",
);

// A newsroom's own targets: nothing here names the embedded policies or figures.
pub const OWN_SHARE_VALUE: Text3 =
    Text3::new("{share}, {when}", "{share}, {when}", "{share}, {when}");

pub const OWN_FEWER: Text3 = Text3::new(
    "{last} in {last_year}, {fall} fewer than in {first_year} ({first})",
    "в {last_year} г. — {last}, на {fall} меньше, чем в {first_year} г. ({first})",
    "{last_year} жылы — {last}, бұл {first_year} жылғыдан ({first}) {fall:dat} аз",
);

pub const OWN_MORE: Text3 = Text3::new(
    "{last} in {last_year}, {fall} more than in {first_year} ({first})",
    "в {last_year} г. — {last}, на {fall} больше, чем в {first_year} г. ({first})",
    "{last_year} жылы — {last}, бұл {first_year} жылғыдан ({first}) {fall:dat} көп",
);

pub const OWN_TK_SHARE: Text3 = Text3::new(
    "{label} {value} (goal: {target})",
    "{label} — {value} (цель — {target})",
    "{label} — {value} (мақсат — {target})",
);

pub const OWN_TK_FELL: Text3 = Text3::new(
    "{label} down {fall} from {first_year} to {last_year} (goal: {reduction})",
    "{label}: в {last_year} г. на {fall} меньше, чем в {first_year} г. (цель — {reduction})",
    "{label}: {first_year}–{last_year} жылдары {fall:dat} азайды (мақсат — {reduction})",
);

pub const OWN_TK_ROSE: Text3 = Text3::new(
    "{label} up {fall} from {first_year} to {last_year} (goal: {reduction})",
    "{label}: в {last_year} г. на {fall} больше, чем в {first_year} г. (цель — {reduction})",
    "{label}: {first_year}–{last_year} жылдары {fall:dat} көбейді (мақсат — {reduction})",
);

pub const OWN_TK_NONE: Text3 = Text3::new(
    "No latest figure is given for the {year} targets.",
    "Последних данных по целям на {year} год не приведено.",
    "{year} жылғы мақсаттар бойынша соңғы деректер келтірілмеген.",
);

pub const OWN_SCALE_NOTE: Text3 = Text3::new(
    "Each target has its own scale; shares run from 0 to {max}.",
    "У каждой цели своя шкала; доли — от 0 до {max}.",
    "Әр мақсаттың өз шкаласы бар; үлестер 0 мен {max} аралығында.",
);

pub const ERR_ONE_KIND: Text3 = Text3::new(
    "give either goal (a share in per cent) or reduction (a count to reduce by a per cent), not both",
    "укажите либо goal (долю в процентах), либо reduction (сокращение числа на процент), но не оба",
    "goal (пайыздық үлес) не reduction (санды пайызға азайту) өрісінің біреуін ғана көрсетіңіз",
);

pub const ERR_NO_KIND: Text3 = Text3::new(
    "give goal (a share in per cent) or reduction (a count to reduce by a per cent)",
    "укажите goal (долю в процентах) или reduction (сокращение числа на процент)",
    "goal (пайыздық үлес) немесе reduction (санды пайызға азайту) өрісін көрсетіңіз",
);

pub const ERR_LATEST_BEFORE_BASE: Text3 = Text3::new(
    "latest_year {latest} is before base_year {base}",
    "latest_year ({latest}) раньше, чем base_year ({base})",
    "latest_year ({latest}) base_year ({base}) жылынан ерте",
);

pub const ERR_DIRECTION: Text3 = Text3::new(
    "expected \"at least\" or \"at most\", got {value}",
    "ожидается \"at least\" или \"at most\", а получено {value}",
    "\"at least\" немесе \"at most\" күтілген, бірақ берілгені {value}",
);
