//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Quota gauge on a newsroom's data: the line is the newsroom's own quota.
pub const TITLE: Text3 = Text3::new(
    "Women in elected bodies, against the {quota} quota",
    "Женщины в выборных органах и квота {quota}",
    "Сайланбалы органдардағы әйелдер және {quota:attr} квота",
);

// On the embedded data: the line is the goal for women set for a year (the quota is a
// different measure, shared with other groups, so women's share is never set against it).
pub const TITLE_GOAL: Text3 = Text3::new(
    "Women in elected bodies, against the {goal} goal for {year}",
    "Женщины в выборных органах и цель {goal} к {year} г.",
    "Сайланбалы органдардағы әйелдер және {year} жылғы {goal:attr} мақсат",
);

pub const TAKEAWAY_GOAL: Text3 = Text3::new(
    "Against the {goal} goal for women's representation by {year}: {items}.",
    "По сравнению с целью {goal} по представленности женщин к {year} г.: {items}.",
    "{year} жылға қарай әйелдер өкілдігінің {goal:attr} мақсатымен салыстырғанда: {items}.",
);

pub const TAKEAWAY_ALL_BELOW: Text3 = Text3::new(
    "Every body shown is below the {quota} quota: {items}.",
    "Все показанные органы ниже квоты {quota}: {items}.",
    "Көрсетілген органдардың бәрі {quota:attr} квотадан төмен: {items}.",
);

pub const TAKEAWAY_ONE_BELOW: Text3 = Text3::new(
    "The body shown is below the {quota} quota: {items}.",
    "Показанный орган ниже квоты {quota}: {items}.",
    "Көрсетілген орган {quota:attr} квотадан төмен: {items}.",
);

pub const TAKEAWAY_ONE_MET: Text3 = Text3::new(
    "The body shown reaches the {quota} quota: {items}.",
    "Показанный орган достигает квоты {quota}: {items}.",
    "Көрсетілген орган {quota:attr} квотаға жеткен: {items}.",
);

pub const TAKEAWAY_SOME: Text3 = Text3::new(
    "{met} of {count} {count:body|bodies} {met:reaches|reach} the {quota} quota: {items}.",
    "Квоты {quota} {met:достигает|достигают|достигают} {met} из {count} {count:органа|органов|органов|органа}: {items}.",
    "{quota:attr} квотаға жеткен органдар саны — {met} (барлығы {count}): {items}.",
);

pub const ITEM_SHORT: Text3 = Text3::new(
    "{label} {share} ({gap} short)",
    "{label} — {share} (на {gap} меньше)",
    "{label} — {share} ({gap:dat} кем)",
);

pub const ITEM_MET: Text3 = Text3::new(
    "{label} {share} ({gap} above)",
    "{label} — {share} (на {gap} больше)",
    "{label} — {share} ({gap:dat} артық)",
);

pub const GOAL_NOTE: Text3 = Text3::new(
    "The {goal} line is the goal for women in executive, representative and judicial bodies by {year}, as the op-ed states it. The CEDAW replies give the same target, {goal}, for women's participation in decision-making.",
    "Линия {goal} — цель по представленности женщин в исполнительных, представительных и судебных органах к {year} году, как её называет авторская колонка. В ответах КЛДЖ та же цель, {goal}, названа для участия женщин в принятии решений.",
    "{goal} сызығы — авторлық мақалада аталған {year} жылға қарай атқарушы, өкілді және сот органдарындағы әйелдер өкілдігінің мақсаты. CEDAW жауаптарында дәл осы {goal:attr} мақсат әйелдердің шешім қабылдауға қатысуына қойылған.",
);

pub const QUOTA_NOTE: Text3 = Text3::new(
    "The {quota} quota is another measure: it applies to party lists and parliamentary seats and is shared by women, young people and persons with disabilities. The Act was signed on {signed} and entered into force on {in_force}.",
    "Квота {quota} — другая мера: она относится к партийным спискам и местам в парламенте и является общей для женщин, молодёжи и лиц с инвалидностью. Закон подписан {signed} и вступил в силу {in_force}.",
    "{quota:attr} квота — басқа шара: ол партиялық тізімдер мен парламенттегі орындарға қолданылады әрі әйелдерге, жастарға және мүгедектігі бар адамдарға ортақ. Заңға {signed:loc} қол қойылып, {in_force:loc} күшіне енді.",
);

pub const MARK: Text3 = Text3::new("{quota} quota", "квота {quota}", "{quota:attr} квота");

pub const GAP_COLUMN: Text3 = Text3::new(
    "Gap to the quota",
    "Разрыв до квоты",
    "Квотаға дейінгі айырма",
);

pub const GAP_GOAL_COLUMN: Text3 = Text3::new(
    "Gap to the goal",
    "Разрыв до цели",
    "Мақсатқа дейінгі айырма",
);
