//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Quota gauge.
pub const TITLE: Text3 = Text3::new(
    "Women in elected bodies, against the {quota} quota",
    "Женщины в выборных органах и квота {quota}",
    "Сайланбалы органдардағы әйелдер және {quota:attr} квота",
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

pub const SHARED_NOTE: Text3 = Text3::new(
    "The {quota} quota is shared by women, young people and persons with disabilities: it is not reserved for women alone. The Act was signed on {signed} and entered into force on {in_force}.",
    "Квота {quota} общая для женщин, молодёжи и лиц с инвалидностью: она не зарезервирована только для женщин. Закон подписан {signed} и вступил в силу {in_force}.",
    "{quota:attr} квота әйелдерге, жастарға және мүгедектігі бар адамдарға ортақ: ол тек әйелдерге арналмаған. Заңға {signed:loc} қол қойылып, {in_force:loc} күшіне енді.",
);

pub const MARK: Text3 = Text3::new("{quota} quota", "квота {quota}", "{quota:attr} квота");

pub const GAP_COLUMN: Text3 = Text3::new(
    "Gap to the quota",
    "Разрыв до квоты",
    "Квотаға дейінгі айырма",
);
