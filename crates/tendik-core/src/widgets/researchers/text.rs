//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Women in research and development.
pub const TITLE: Text3 = Text3::new(
    "Women in research and development",
    "Женщины в научных исследованиях и разработках",
    "Ғылыми зерттеулер мен әзірлемелердегі әйелдер",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "Women make up {share} of the research and development workforce: {total} women researchers, the most in {field} ({count}); {remainder} are not assigned to any field in the source.",
    "Женщины составляют {share} занятых в научных исследованиях и разработках; всего женщин-исследователей — {total}, больше всего в области «{field}» ({count}); ещё {remainder} в источнике ни к одной области не отнесены.",
    "Ғылыми зерттеулер мен әзірлемелер саласында жұмыс істейтіндер арасында әйелдер үлесі — {share}; әйел зерттеушілер барлығы {total}, ең көбі — «{field}» саласында ({count}); тағы {remainder} адам дереккөзде ешбір салаға жатқызылмаған.",
);

pub const SUBHEAD: Text3 = Text3::new(
    "Women researchers by field of science ({total} in all)",
    "Женщины-исследователи по областям науки (всего {total})",
    "Ғылым салалары бойынша әйел зерттеушілер (барлығы {total})",
);

pub const NATURAL: Text3 = Text3::new(
    "Natural sciences",
    "Естественные науки",
    "Жаратылыстану ғылымдары",
);

pub const ENGINEERING: Text3 = Text3::new(
    "Engineering and technology",
    "Технические науки и технологии",
    "Инженерия және технологиялар",
);

pub const MEDICINE: Text3 = Text3::new("Medicine", "Медицина", "Медицина ғылымдары");

pub const AGRICULTURE: Text3 = Text3::new(
    "Agriculture",
    "Сельскохозяйственные науки",
    "Ауыл шаруашылығы ғылымдары",
);

pub const SOCIAL: Text3 = Text3::new("Social sciences", "Социальные науки", "Әлеуметтік ғылымдар");

pub const HUMANITIES: Text3 =
    Text3::new("Humanities", "Гуманитарные науки", "Гуманитарлық ғылымдар");

pub const FIELD_COLUMN: Text3 = Text3::new("Field of science", "Область науки", "Ғылым саласы");

pub const REMAINDER_NOTE: Text3 = Text3::new(
    "The fields the source lists add up to {sum}, not the {total} women researchers it gives in the same paragraph; the other {remainder} are shown as “{not_specified}”.",
    "Перечисленные в источнике области в сумме дают {sum}, тогда как общее число женщин-исследователей в том же пункте — {total}; остальные {remainder} показаны как «{not_specified}».",
    "Дереккөз атаған салалардың қосындысы — {sum}, ал сол тармақтағы әйел зерттеушілердің жалпы саны — {total}; қалған {remainder} адам «{not_specified}» деп белгіленген.",
);

pub const COUNTS_NOTE: Text3 = Text3::new(
    "The bars count women only: the source gives no figures for men by field, so they do not show women's share in each field. The {share} share is for the whole research and development workforce.",
    "Столбцы показывают только число женщин: данных о мужчинах по областям в источнике нет, поэтому доля женщин в каждой области не видна. Доля {share} относится ко всем занятым в научных исследованиях и разработках.",
    "Бағандар тек әйелдер санын көрсетеді: дереккөзде ер адамдар туралы салалар бойынша дерек жоқ, сондықтан әр саладағы әйелдер үлесі көрінбейді. {share:attr} үлес ғылыми зерттеулер мен әзірлемелер саласындағы барлық қызметкерлерге қатысты.",
);

// A newsroom's own figures: nothing said here is about Tendik's source.
pub const OWN_TAKEAWAY: Text3 = Text3::new(
    "{share_label}: {share}. Of {total} women researchers, the most are in {field} ({count}).",
    "{share_label}: {share}. Из {total} {total:женщины-исследователя|женщин-исследователей|женщин-исследователей} больше всего — в области «{field}» ({count}).",
    "{share_label}: {share}. Барлығы {total} әйел зерттеушінің ең көбі — «{field}» саласында ({count}).",
);

pub const OWN_REMAINDER_NOTE: Text3 = Text3::new(
    "The fields add up to {sum}, not the {total} women researchers in all; the other {remainder} are shown as “{not_specified}”.",
    "Области в сумме дают {sum}, а всего женщин-исследователей — {total}; остальные {remainder} показаны как «{not_specified}».",
    "Салалардың қосындысы — {sum}, ал әйел зерттеушілердің жалпы саны — {total}; қалған {remainder} адам «{not_specified}» деп белгіленген.",
);

pub const OWN_COUNTS_NOTE: Text3 = Text3::new(
    "The bars count women researchers; they do not show women's share in each field.",
    "Столбцы показывают число женщин-исследователей, а не долю женщин в каждой области.",
    "Бағандар әйел зерттеушілер санын көрсетеді, әр саладағы әйелдер үлесін емес.",
);

pub const ERR_FIELDS_OVER_TOTAL: Text3 = Text3::new(
    "the fields add up to {sum}, more than total {total}",
    "сумма по областям — {sum}, это больше, чем total ({total})",
    "салалардың қосындысы — {sum}, бұл total мәнінен ({total}) көп",
);
