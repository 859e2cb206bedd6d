"""Non-denials in the common newsroom forms of each language, one sentence per form family (written for the tests):
each gives one record, a non-denial, whose party is the subject that declines."""

from __future__ import annotations

import pytest

FORMS = [
    # An adverb inside the infinitive, the comment as the object, the interview itself turned down.
    ("en", "The bank's chief executive declined to publicly comment on the talks.", "The bank's chief executive"),
    ("en", "A Pentagon spokesman declined to make any comment on the matter.", "A Pentagon spokesman"),
    ("en", "The senator refrained from commenting on the indictment.", "The senator"),
    ("en", "The palace declined to be interviewed for this story.", "The palace"),
    ("en", "The agency declined immediate comment.", "The agency"),
    ("en", "Officials refused to either confirm or deny the account.", "Officials"),
    ("en", "The club refused to respond to the allegations.", "The club"),
    ("en", "The airline was not able to confirm the reports.", "The airline"),
    # Dodging the question, silence kept on a matter.
    ("en", "The governor sidestepped questions about the rumoured resignation.", "The governor"),
    ("en", "The ministry has remained silent on the allegations.", "The ministry"),
    # Refusing to say more; a house rule of silence.
    ("en", "The spokesman would not elaborate.", "The spokesman"),
    ("en", "A company spokesman said it was company policy not to comment on rumours.", "A company spokesman"),
    ("en", '"It is our policy not to comment on rumours," a bank spokesman said.', "a bank spokesman"),
    # A response refused, the formal "berkenan", certainty not given, a report unknown to one, a bare headline verb.
    ("id", "Juru bicara polisi menolak memberikan tanggapan soal kabar tersebut.", "Juru bicara polisi"),
    ("id", "Juru bicara itu tidak berkenan memberikan komentar.", "Juru bicara itu"),
    ("id", "Ketua partai itu enggan merespons isu tersebut.", "Ketua partai itu"),
    ("id", "Polisi belum berani memastikan identitas korban.", "Polisi"),
    ("id", "Pihak Istana belum bisa memberikan kepastian soal kabar perombakan kabinet.", "Pihak Istana"),
    ("id", "Sekjen partai mengaku belum mengetahui kabar tersebut.", "Sekjen partai"),
    ("id", "Kuasa hukumnya menolak berbicara.", "Kuasa hukumnya"),
    ("id", "KPK Tolak Komentari Kabar Penangkapan Bupati", "KPK"),
    ("id", "Pihak kampus sejauh ini belum mau menanggapi tudingan itu.", "Pihak kampus"),  # "so far" is no party
    # Not yet able to answer, to give a statement, to say much or to speak on a matter; reached and not answering.
    ("id", "Ia belum bisa menjawab soal itu.", "Ia"),
    ("id", "Kasat Reskrim belum bisa memberikan keterangan karena kasus itu masih diselidiki.", "Kasat Reskrim"),
    ("id", "“Saya tidak bisa bicara banyak,” kata Kapolres.", "Kapolres"),
    ("id", "“Saya belum bisa bicara soal kasus itu,” kata Bupati.", "Bupati"),
    ("id", "Saat dikonfirmasi, Kepala Dinas Pendidikan belum merespons.", "Kepala Dinas Pendidikan"),
    # Not willing to confirm, answer, elaborate or say whether; none made; not in a position to; opting out.
    ("es", "El club no quiso confirmar el fichaje.", "El club"),
    ("es", "La ministra no quiso responder a las preguntas de los periodistas.", "La ministra"),
    ("es", "El entrenador no quiso entrar en detalles sobre su futuro.", "El entrenador"),
    ("es", "El portavoz no quiso decir si el acuerdo estaba cerrado.", "El portavoz"),
    ("es", "El alcalde no hizo ningún comentario sobre la denuncia.", "El alcalde"),
    ("es", "El Gobierno no está en condiciones de confirmar la noticia.", "El Gobierno"),
    ("es", "La Policía no puede pronunciarse sobre el caso.", "La Policía"),
    ("es", "El presidente optó por no hacer declaraciones.", "El presidente"),
    ("es", "La directiva optó por el silencio ante las acusaciones.", "La directiva"),
    ("es", "El consejero se mostró reacio a comentar la noticia.", "El consejero"),
    ("es", "La Casa Real descartó hacer comentarios sobre la noticia.", "La Casa Real"),  # ruling out a comment
    ("es", "El jugador ni afirmó ni negó los rumores.", "El jugador"),
    ("es", "El Ministerio del Interior no comentó la información.", "El Ministerio del Interior"),
    ("es", "El diputado dijo desconocer esas informaciones.", "El diputado"),
    ("es", "El Gobierno no se ha pronunciado al respecto.", "El Gobierno"),
    ("es", "La ministra prefirió guardar silencio.", "La ministra"),
    ("es", "El presidente no quiso hablar del asunto.", "El presidente"),
    # Refusing in the present or with "se" first, evading, unable, reluctant, silence chosen.
    ("pt", "O treinador recusa-se a comentar os rumores.", "O treinador"),
    ("pt", "A empresa se negou a comentar o caso.", "A empresa"),
    ("pt", "O deputado furtou-se a comentar as acusações.", "O deputado"),
    ("pt", "O ministro esquivou-se de responder às perguntas sobre o caso.", "O ministro"),
    ("pt", "A Câmara recusou-se a prestar declarações.", "A Câmara"),
    ("pt", "O Palácio do Planalto não pode comentar o caso.", "O Palácio do Planalto"),
    ("pt", "A Polícia Federal não está em condições de confirmar a informação.", "A Polícia Federal"),
    ("pt", "O ministro não quis entrar em pormenores.", "O ministro"),
    ("pt", "O autarca mostrou-se indisponível para comentar o caso.", "O autarca"),
    ("pt", "O ministro não se quis pronunciar sobre o assunto.", "O ministro"),
    ("pt", "O técnico optou pelo silêncio.", "O técnico"),
    ("pt", "O presidente preferiu não falar sobre o assunto.", "O presidente"),
    ("pt", "O ministério manteve o silêncio sobre o caso.", "O ministério"),
    # The refusal in the present, declined, none made, neither … nor "n'infirme", preferring or choosing not to.
    ("fr", "Le porte-parole ne souhaite pas commenter.", "Le porte-parole"),
    ("fr", "Le club ne veut pas s'exprimer sur le sujet.", "Le club"),
    ("fr", "Le ministre ne peut pas commenter une enquête en cours.", "Le ministre"),
    ("fr", "Le parquet refuse de commenter l'enquête.", "Le parquet"),
    ("fr", "L'entraîneur a décliné tout commentaire.", "L'entraîneur"),
    ("fr", "Le maire n'a pas fait de commentaire.", "Le maire"),
    ("fr", "Le gouvernement ne confirme ni n'infirme ces informations.", "Le gouvernement"),
    ("fr", "Le porte-parole s'est contenté de dire que l'enquête suivait son cours.", "Le porte-parole"),
    ("fr", "Le ministre a préféré ne pas commenter.", "Le ministre"),
    ("fr", "La mairie a préféré garder le silence.", "La mairie"),
    ("fr", "Le club a choisi de ne pas commenter.", "Le club"),
    ("fr", "Le joueur a refusé de répondre aux questions des journalistes.", "Le joueur"),
    ("fr", "L'avocat n'a pas souhaité en dire plus.", "L'avocat"),
    ("fr", "Le cabinet n'a pas souhaité donner suite à nos sollicitations.", "Le cabinet"),
    ("fr", "La préfecture n'a pas tenu à commenter.", "La préfecture"),
    ("fr", "Le président ne s'est pas prononcé sur ces informations.", "Le président"),
    ("fr", "Le ministère ne s'est pas exprimé à ce sujet.", "Le ministère"),
    ("fr", "L'Élysée se garde bien de commenter.", "L'Élysée"),
    # Not willing, no position taken, a fronted infinitive, unconfirmed, buttoned up, unable, the answer refused.
    ("de", "Der Sprecher war nicht bereit, sich zu den Vorwürfen zu äußern.", "Der Sprecher"),
    ("de", "Der Minister wollte zu den Berichten keine Stellung nehmen.", "Der Minister"),
    ("de", "Bestätigen wollte das Ministerium die Angaben nicht.", "das Ministerium"),
    ("de", "Kommentieren wollte der Sprecher den Bericht nicht.", "der Sprecher"),
    ("de", "Stellung nehmen wollte der Sprecher dazu nicht.", "der Sprecher"),
    ("de", "Die Polizei bestätigte den Bericht zunächst nicht.", "Die Polizei"),
    ("de", "Der Verein gab sich zu den Gerüchten zugeknöpft.", "Der Verein"),
    ("de", "Der Sprecher sagte, er könne das nicht kommentieren.", "Der Sprecher"),
    ("de", "Der Anwalt des Ministers verweigerte die Auskunft.", "Der Anwalt des Ministers"),
    ("de", "Das Unternehmen lehnte jeglichen Kommentar ab.", "Das Unternehmen"),
    ("de", "Der Präsident wich Fragen nach seiner Gesundheit aus.", "Der Präsident"),
    # Not wishing to, comments not given, an adverb before the verb, the imperfective, left without comment, preferring
    # silence, finding it hard to answer, assessments held back.
    ("ru", "Представитель банка не пожелал комментировать сообщения СМИ.", "Представитель банка"),
    ("ru", "В компании не захотели комментировать эту информацию.", "компании"),
    ("ru", "Министр отказался давать комментарии.", "Министр"),
    ("ru", "Губернатор не стал давать комментарии по этому поводу.", "Губернатор"),
    ("ru", "Адвокат бизнесмена не дал комментариев.", "Адвокат бизнесмена"),
    ("ru", "В ведомстве не смогли оперативно прокомментировать эту информацию.", "ведомстве"),
    ("ru", "В Кремле эту информацию не комментировали.", "Кремле"),
    ("ru", "Пресс-служба компании оставила эти сообщения без комментариев.", "Пресс-служба компании"),
    ("ru", "Глава района предпочел не комментировать слухи.", "Глава района"),
    ("ru", "Депутат затруднился ответить на вопрос о своей отставке.", "Депутат"),
    ("ru", "Представитель клуба воздержался от оценок.", "Представитель клуба"),
    # Not wishing to, a finite verb after the refusal, the first person, not in one's power, silence kept, the
    # answer avoided or dodged.
    ("ar", "ولم يشأ المتحدث التعليق على هذه الأنباء.", "المتحدث"),
    ("ar", "ولم ترغب الوزارة في التعليق على التقرير.", "الوزارة"),
    ("ar", "ورفض الوزير أن يعلق على هذه التقارير.", "الوزير"),
    ("ar", "وقال النادي في بيان إننا نفضل عدم التعليق.", "النادي"),
    ("ar", "وقال المصدر إنه ليس بوسعه تأكيد هذه المعلومات.", "المصدر"),
    ("ar", "والتزمت الحكومة الصمت إزاء هذه التقارير.", "الحكومة"),
    ("ar", "وآثر المتحدث الصمت.", "المتحدث"),
    ("ar", "وفضل مدرب الفريق عدم الخوض في التفاصيل.", "مدرب الفريق"),
    ("ar", "وتجنب الوزير الرد على أسئلة الصحفيين.", "الوزير"),
    ("ar", "وتهرب الوزير من الإجابة على سؤال حول استقالته.", "الوزير"),
    ("ar", "ورفض المتحدث التعقيب على هذه الأنباء.", "المتحدث"),  # the Levantine and Gulf word
    ("ar", "ولم يعقب الجيش على التقرير.", "الجيش"),
    ("ar", "ورفض الوزير الحديث عن استقالته.", "الوزير"),
]


@pytest.mark.parametrize(("lang", "text", "party"), FORMS)
def test_declining_forms_name_their_party(run, lang: str, text: str, party: str) -> None:
    records = run(text, lang)
    assert [(record.type, record.denier.text if record.denier else None) for record in records] == [
        ("non_denial", party)
    ]
