"""Spanish risk patterns (Mexico, Caribbean, Spain and Spanglish), accents already folded."""

from __future__ import annotations

from warmline.core.screening.lexicon import Rule
from warmline.core.screening.verdict import Level

L1 = Level.L1

_MORIR = (r"(?:morir|morirme|matarme|matar|suicidarme|suicidar|desaparecer|quitarme la vida|"
          r"dejar de existir|acabar con (?:todo|mi vida|esto)|irme (?:para siempre|de este "
          r"mundo|de aqui para siempre)|ir(?:me)? para siempre|estar muert[oa]|no despertar|"
          r"no existir|dormir para siempre|ahorcarme|colgarme|tirarme|aventarme|cortarme|"
          r"lastimarme|hacerme dano|envenenarme|morirme ya)")

RULES: tuple[Rule, ...] = (
    # Second-author round: giving things away, threats with a weapon, collecting pills, chosen
    # places and days, "lo hago", closing the eyes for good.
    Rule("farewell", "ya no lo voy a necesitar", r"ya no (?:\S+ )?(?:voy a|vaya a|los voy a|"
         r"las voy a|lo voy a|la voy a|le voy a) (?:necesitar|usar|ocupar|estar (?:para|aqui "
         r"para)|poder cuidar)(?! (?:en (?:la|el|mi) (?:nueva|nuevo|otra|otro)|porque me "
         r"mudo|cuando me mude|despues de la mudanza))(?! ,? ?(?:te (?:lo |la |los |las )?"
         r"(?:regalo|doy|vendo|presto)|lo vendo|la vendo|quieres|alguien (?:lo|la) quiere))"),
    Rule("farewell", "regalar mis cosas", r"(?:regalar|regalando|regale|regalo|voy a regalar|"
         r"dejarle|deje) (?:\S+ ){0,6}?(?:porque|ya que|pues|,) (?:ya )?no (?:las |los |lo |la )?"
         r"(?:voy a|vaya a|necesito|necesitare|estare|estar) (?:necesitar|usar|estar|ocupar)"),
    Rule("danger", "me amenazo con", r"(?:me|nos) (?:amenazo|amenaza|esta amenazando|apunto|apunta|"
         r"esta apuntando|persigue|persiguio) con (?:un|una|el|la|su) (?:\S+ )?(?:machete|"
         r"cuchillo|pistola|arma|navaja|cuchilla|bate|martillo|fierro|tubo|botella)",
         level=L1, firm=True),
    Rule("danger", "con un machete", r"(?:tiene|trae|agarro|saco) (?:un|una|el|la|su) "
         r"(?:machete|cuchillo|pistola|arma|navaja|bate)(?: \S+){0,6}? (?:me|nos|gritando|"
         r"afuera|en la (?:sala|cocina|puerta)|amenaz\w+)", level=L1, firm=True),
    Rule("means", "juntando pastillas", r"(?:guardando|juntando|acumulando|juntado|guardado|"
         r"ahorrando|escondiendo|juntar|guardar|acumular|escondi|guarde|junte) (?:\S+ ){0,2}?"
         r"(?:pastillas|pildoras|tabletas|medicinas|medicamentos|clonazepam|rivotril)(?! "
         r"(?:para (?:el viaje|la gripa|la gripe|el dolor)|de vitaminas))", firm=True),
    Rule("plan_time", "elegi el puente", r"(?:elegi|escogi|encontre|ya tengo|ya elegi|ya escogi|"
         r"ya encontre|(?:ya he|he) (?:elegido|escogido|encontrado)) (?:el|la) "
         r"(?:puente|lugar|edificio|sitio|dia|fecha|hora|azotea|vias)"
         r"(?! (?:para (?:la|el|mi) (?:fiesta|boda|cena|viaje|reunion|picnic|cita|cumple\w*)|de "
         r"(?:la|mi) (?:fiesta|boda)|del (?:picnic|viaje)))"),
    Rule("plan_time", "lo hago", r"lo (?:hago|voy a hacer|hare)(?= \.| ,|$| ya| esta| este)"
         r"(?! ,? ?(?:el|la|los|las|un|una|mi) (?:pastel|tarea|examen|tramite|pedido|viaje|compra|"
         r"comida|cena|mudanza|torta|pago|reporte|ensayo|trabajo))",
         fires=False, tag="do_it"),
    Rule("ideation_explicit", "me mato", r"(?:despues de|cuando|antes de|en cuanto) (?:\S+ ){1,6}?"
         r"me mato(?! (?:de|estudiando|trabajando|corriendo|en el gym))", jokeable=True),
    Rule("ideation_implicit", "que todo termine", r"(?:que|quiero que|ojala) (?:todo|esto|esta "
         r"vida|el dolor|mi vida) (?:se )?(?:termine|acabe|pare|terminara|acabara) (?:para "
         r"siempre|de una vez|ya)"),
    Rule("ideation_implicit", "cerrar los ojos", r"cerrar los ojos y (?:no )?(?:abrirlos|volver a "
         r"abrirlos|despertar)(?: nunca| jamas| mas)?"),
    Rule("ideation_implicit", "si desapareciera", r"si (?:yo )?(?:desapareciera|me muriera|no "
         r"existiera|no estuviera|me fuera para siempre)(?! (?:un rato|unos dias|de vacaciones|"
         r"el fin))", jokeable=True),
    Rule("ideation_explicit", "sali del psiquiatrico", r"(?:sali|me dieron de alta|me soltaron|"
         r"regrese) (?:del|de la) (?:psiquiatrico|psiquiatria|hospital psiquiatrico|clinica "
         r"psiquiatrica|internacion|pabellon)(?: \S+){0,2}? (?:el (?:lunes|martes|miercoles|"
         r"jueves|viernes|sabado|domingo)|ayer|hoy|hace (?:\S+ )?(?:dias|semanas?|un dia)|esta "
         r"semana|la semana pasada)"),
    Rule("ideation_implicit", "no voy a llegar a manana", r"no (?:voy a|creo que|creo) "
         r"(?:llegar|llegue|aguantar|durar) (?:a|hasta) (?:manana|la manana|el lunes|navidad|fin "
         r"de (?:ano|mes)|el fin de semana)(?! (?:al|a la|temprano|a tiempo|con|para))"),
    Rule("ideation_explicit", "intente hace poco", r"(?:hace (?:una|un|dos|tres|unos|unas|pocos|"
         r"pocas) (?:dias?|semanas?|mes)|la semana pasada|el mes pasado|ayer|anoche|el (?:lunes|"
         r"martes|miercoles|jueves|viernes|sabado|domingo)) (?:\S+ ){0,2}?(?:intente|trate de|"
         r"quise) (?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme|tirarme|cortarme)"),
    Rule("ideation_explicit", "no me importa si me muero", r"no me importa (?:si|que) (?:me muero|"
         r"me muera|muero|vivo o muero|me pasa algo)"),
    Rule("plan_time", "ya se donde", r"ya (?:se|tengo) (?:donde|cuando)(?= \.| ,|$)",
         fires=False, tag="do_it"),
    Rule("danger", "va a quemar mi casa", r"(?:dice|dijo|grita|grito|amenaza|amenazo|va|iba|"
         r"van) (?:con |que )?(?:me )?(?:va a |iba a |van a )?(?:quemar|prender fuego a|incendiar) "
         r"(?:mi|la|nuestra) (?:casa|carro|coche|depa|departamento|cuarto)", level=L1, firm=True),
    Rule("method", "son mortales", r"(?:cuantas|cuantos|que dosis|cuanta|cuanto) (?:\S+ ){0,4}?"
         r"(?:son|es|seria|serian) (?:mortal|mortales|letal|letales|suficiente para morir)"),
    Rule("method", "dosis letal", r"(?:dosis|cantidad) (?:letal|mortal)"),
    Rule("farewell", "papeles listos para mi familia", r"(?:deje|dejo|tengo|ya deje) (?:todo|los "
         r"papeles|mis papeles|las cuentas|el testamento)(?: \S+){0,6}? (?:en orden|listos|"
         r"listas|arreglad[oa]s?) para (?:mi familia|mis hijos|mi esposa|mi esposo|mis papas|mi "
         r"mama|mi papa)"),
    Rule("self_harm", "hasta sangrar", r"(?:me arane|me aranio|me rasgune|me rascue|me pegue|me "
         r"golpee|me rasque|me aranie)(?: \S+){0,6}? hasta (?:sangrar|que sangro|que sangre|"
         r"sacarme sangre)"),
    Rule("ideation_implicit", "no voy a estar para", r"ya no voy a estar (?:para|aqui para) "
         r"(?:cuidar\w*|ver\w*|verte|ayudar\w*)"),
    Rule("ideation_explicit", "quiero morir", r"(?:quiero|kiero|quisiera|queria|"
         r"necesito|prefiero|ojala|ganas de|pensando en|pienso en|pense en|voy a|decidi|"
         r"pensamientos de|me gustaria|intento) " + _MORIR
         + r"(?! de (?:risa|hambre|ganas|sueno|verguenza|la verguenza|amor|frio|calor|"
           r"aburrimiento|nervios|miedo|cansancio|la risa))", jokeable=True),
    Rule("ideation_explicit", "me quiero morir", r"(?:me|ya me|ya) (?:quiero|kiero|voy a|"
         r"gustaria|dan ganas de) (?:morir|matar|suicidar|ir para siempre|ir de este mundo|"
         r"quitar la vida|tirar|aventar|colgar|ahorcar|desaparecer|"
         r"cortar las venas)(?! de (?:risa|hambre|ganas|"
         r"sueno|verguenza|la verguenza|amor|frio|calor|aburrimiento|nervios|miedo|cansancio|la "
         r"risa))", jokeable=True),
    Rule("ideation_explicit", "no quiero vivir", r"(?:ya no|no|ya) (?:quiero|kiero|aguanto|puedo) "
         r"(?:vivir|seguir viviendo|seguir aqui|estar aqui|despertar|existir|seguir en este "
         r"mundo|estar en este mundo|seguir(?! (?:con|en|"
         r"estudiando|trabajando|asi con|hablando|con el|con ella))|vivir asi|estar viva|estar "
         r"vivo)"),
    Rule("ideation_explicit", "quisiera estar muerta", r"(?:quisiera|ojala|quiero|deberia) "
         r"(?:estar|estuviera) (?:muert[oa]|bajo tierra)"),
    Rule("ideation_explicit", "mejor me muero", r"(?:mejor|prefiero|ojala) (?:me muero|morirme|me muriera|muriera|"
         r"estar muert[oa]|me mato|no despertar|me muera|desaparecer|desaparezco|me desaparezco|"
         r"me voy para siempre)(?! (?:de (?:aqui|la fiesta|este grupo)|del grupo|un rato|jaja))"),
    Rule("ideation_implicit", "ni se daria cuenta", r"(?:nadie|ni|no) (?:se )?(?:daria|darian|va a "
         r"dar|van a dar|darian) cuenta (?:si|cuando) (?:me muero|me muera|muero|desaparezco|ya no "
         r"estoy|me voy|me mato)"),
    Rule("ideation_implicit", "que dios me lleve", r"(?:pido|pedi|le pido|le pedi|ruego|le ruego|"
         r"rezo|le rezo) a dios (?:que|para que) me (?:lleve|recoja|deje morir|lleve con el)"),
    Rule("ideation_explicit", "hoy me mato", r"(?:hoy|esta noche|manana|ya|ahorita) me (?:mato|"
         r"muero|suicido)(?! de)"),
    Rule("ideation_explicit", "que se detenga mi corazon", r"(?:que|quiero que|ojala) (?:se "
         r"detenga|pare|deje de latir) mi corazon"),
    Rule("ideation_implicit", "ya no voy a estar", r"(?:manana|hoy|pronto|esta noche|el lunes|"
         r"el viernes) ya no (?:voy a estar|estare|existire|voy a existir)(?! (?:en|aqui en) "
         r"(?:la|el|casa|clase|la oficina))"),
    # A bare mention of suicide is news, grief or schoolwork as often as risk (README R10, R11):
    # it fires when the texter speaks of their own wish or thoughts, as in English.
    Rule("ideation_explicit", "suicidio", r"(?:suicidarme|(?:pienso|pensando|pienso mucho|pensar|"
         r"ganas|idea|ideas|pensamientos) (?:\S+ ){0,2}?(?:suicidio|suicidarme|suicidas?)|"
         r"(?:soy|me siento|estoy|ando|me pongo) (?:\S+ )?suicida)"),
    Rule("ideation_explicit", "me quiero ir", r"(?:me quiero ir|quiero irme|me voy a ir) (?:para "
         r"siempre|de este mundo|de aqui para siempre)"),
    Rule("ideation_explicit", "acabar con todo", r"(?:acabar|terminar) con (?:todo|mi vida|esto "
         r"(?:para siempre|de una vez))"),
    Rule("ideation_implicit", "mejor sin mi", r"(?:mejor|mejores|felices|tranquilos) (?:\S+ )?"
         r"sin mi"),
    Rule("ideation_implicit", "soy una carga", r"(?:soy|solo soy|me siento|me siento como) (?:una|un) (?:carga|estorbo|"
         r"problema para todos)"),
    Rule("ideation_implicit", "sin sentido", r"(?:no (?:le )?veo|no tiene|ya no tiene|no hay|no (?:le )?encuentro|ya no (?:le )?"
         r"encuentro|no le hallo) "
         r"(?:\S+ ){0,2}?(?:sentido|caso|razon|motivo)(?: \S+){0,2}? (?:vivir|la vida|seguir|"
         r"seguir aqui|estar aqui|despertar)"),
    Rule("ideation_implicit", "desaparecer", r"(?:desaparecer|irme|dormir|descansar) (?:para "
         r"siempre|y no volver|y no despertar)"),
    Rule("ideation_implicit", "no despertar", r"(?:no despertar|no volver a despertar|nunca "
         r"despertar|ya no despertar)"),
    Rule("ideation_implicit", "cuando ya no este", r"(?:cuando|despues de que|si) (?:ya )?no "
         r"(?:este|estoy|exista)"),
    Rule("method", "metodo", r"(?:como|formas de|manera de) (?:\S+ ){0,3}?(?:morir|matarme|"
         r"suicidarme|no despertar)"),
    Rule("method", "vias del tren", r"(?:tirar|tirarme|aventar|aventarme|lanzarme|saltar|"
         r"brincar|me tiro|me aviento) (?:\S+ ){0,2}?(?:a las vias|del puente|al tren|al metro|"
         r"del edificio|del techo|de la azotea|al rio|al mar|a la calle|de aqui)"),
    Rule("method", "ahorcarme", r"(?:ahorcarme|colgarme|envenenarme|cortarme las venas)"),
    Rule("means", "tengo las pastillas", r"(?:tengo|traigo|compre|guardo|junte|agarre|he comprado|he conseguido|consegui|"
         r"ya tengo) "
         r"(?:\S+ ){0,3}?(?:pastillas|pistola|navaja|cuchilla|soga|cuerda|arma|veneno|cuchillo)"
         r"(?! (?:para (?:el dolor|la cabeza|dormir de|la gripa|el resfriado|tender|la ropa|el "
         r"columpio|escalar|acampar|el perro|la hamaca|cocinar|la cocina)|"
         r"de vitaminas))", firm=True),
    Rule("means", "en la mano", r"(?:pastillas|pistola|navaja|cuchilla|soga|cuerda|arma|veneno|"
         r"cuchillo) (?:\S+ ){0,5}?(?:en la mano|aqui|a mi lado|listas|lista|guardadas|en mi "
         r"cuarto|conmigo)", firm=True),
    Rule("place", "techo", r"(?:estoy|ando) (?:en|arriba de|sobre) (?:el |la )?(?:techo|puente|"
         r"azotea|orilla|borde|vias)(?! (?:\S+ ){0,2}?(?:esperando|con (?:mis|mi|los|las)|viendo|arreglando|"
         r"limpiando|pintando|reparando|instalando|"
         r"tomando (?:fotos|cafe)|paseando|caminando|del bus|de la playa))"),
    Rule("place", "voy a saltar", r"(?:voy a|quiero) (?:saltar|brincar|tirarme|aventarme)"),
    Rule("plan_time", "hoy es el dia", r"(?:hoy|manana|esta noche) (?:es|sera) (?:el dia|la "
         r"noche)"),
    Rule("plan_time", "ya lo decidi", r"(?:ya lo decidi|ya decidi|lo tengo decidido|ya tengo "
         r"fecha|ya tengo un plan|ya esta decidido|esta decidido)(?! ,? ?(?:\S+ ){0,2}?(?:le "
         r"(?:pido|digo|voy a|pedire|dire)|me (?:voy a )?(?:cortar|mudar|mudo|caso|cambio|cambiar|"
         r"inscrib\w+|pintar|tenir|comprar)|(?:voy a )?(?:terminar con|renunciar|estudiar|"
         r"comprar|pedirle|decirle|mudarme|casarme|viajar|inscribirme)|que (?:voy a )?"
         r"(?:estudiar|renunciar|viajar|mudarme|comprar)))"),
    Rule("plan_time", "se acaba todo", r"(?:se acaba|se termina|termina|acaba) (?:todo|esto)"
         r"(?: \S+){0,2}? (?:hoy|esta noche|manana|para siempre|ya)"),
    Rule("plan_time", "se acaba todo", r"(?:tonight|hoy|esta noche) se acaba todo"),
    Rule("farewell", "despedida", r"(?:carta|cartas|nota|notas|mensaje) (?:de )?(?:despedida|"
         r"suicidio)"),
    Rule("farewell", "mi despedida", r"(?:mi|esta es mi|es mi) despedida"),
    Rule("farewell", "adios a todos", r"(?:adios|me despido) (?:a todos|para siempre|de todos|"
         r"mundo)(?! ,? ?(?:\S+ ){0,3}?(?:vacaciones|viaje|fin de semana|finde|hasta (?:manana|"
         r"luego|el)|nos vemos|me voy de|me voy a (?:dormir|la cama)|buenas noches))"),
    Rule("farewell", "perdon por todo", r"(?:perdon|perdonenme|perdoname|lo siento) (?:\S+ )?"
         r"(?:por todo)"),
    Rule("farewell", "cartas para mis hijos", r"(?:escribi|deje|les deje|le deje|ya deje|ya "
         r"escribi) (?:\S+ )?(?:una |la |unas |las |mi |mis )?(?:carta|cartas|nota|notas)(?! de "
         r"(?:amor|recomendacion|renuncia|motivacion))"),
    Rule("farewell", "se acabo", r"se acabo(?= \.| ,|$)"),
    # README R8: doing it again makes a past habit current.
    Rule("self_harm", "volvi a hacerlo", r"(?:volvi a|volvi a las andadas y|recai y) "
         r"(?:cortarme|hacerme dano|lastimarme|quemarme|me corte)", firm=True),
    Rule("self_harm", "me cortaba y volvi", r"me cortaba (?:\S+ ){0,4}?(?:volvi a hacerlo|lo volvi "
         r"a hacer|otra vez|de nuevo)", firm=True),
    Rule("self_harm", "me corte", r"(?:me corte|me corto|me estoy cortando|me cortaba de nuevo|"
         r"me volvi a cortar|me quiero cortar|cortarme|me lastime|me lastimo|lastimarme|me quemo|"
         r"me queme|me pegue|hacerme dano|me hago dano|me estoy lastimando|lastimandome|me estoy "
         r"haciendo dano)(?! (?:el|la|las|los) (?:pelo|cabello|dedo|unas|fleco|mano cocinando)|"
         r" con (?:un|el|una) (?:papel|hoja|lata|vidrio))"),
    Rule("ideation_explicit", "ojala no despertar", r"(?:ojala|quisiera|quiero|espero) no "
         r"(?:despertar|despertara|despierte|amanecer|amaneciera|amanezca)"),
    Rule("ideation_implicit", "nadie me extranaria", r"nadie (?:me )?(?:extranaria|extranara|"
         r"notaria|notara|va a extranar|se daria cuenta|lloraria)"),
    Rule("ideation_implicit", "mejor si no existiera", r"mejor si (?:yo )?(?:no (?:existiera|"
         r"estuviera|existo|estoy)|me muero|me muriera|desapareciera|me voy para siempre)"),
    Rule("ideation_implicit", "cansado de vivir", r"(?:cansado|cansada|harto|harta) de (?:vivir|"
                                              r"existir|"
         r"la vida|estar viv[oa]|seguir viv[oa]|respirar)"),
    Rule("ideation_implicit", "no veo salida", r"(?:no veo|no hay|no tengo|no encuentro) (?:otra )?"
         r"salida(?! (?:de (?:la|este|esta) (?:trabajo|escuela|casa|relacion)))"),
    Rule("ideation_explicit", "solo la muerte", r"solo (?:la muerte|morir|matarme|morirme|"
         r"quitarme la vida)"),
    Rule("farewell", "me despedi de todos", r"(?:ya me|me) (?:despedi|despido) de (?:todos|todo el "
         r"mundo|mi familia|mis hijos|ustedes)(?! ,? ?(?:\S+ ){0,3}?(?:vacaciones|viaje|fin de "
         r"semana|finde|hasta (?:manana|luego|el)|nos vemos|me voy de|buenas noches|se fueron|se "
         r"van|campamento|escuela|colegio|aeropuerto))"
         r"(?! (?:porque|por que|antes de (?:irme de|"
         r"mudarme)|en (?:la|el) (?:fiesta|aeropuerto)))"),
    Rule("danger", "tratando de entrar", r"(?:tratando de|intentando|quiere|quieren) (?:entrar|"
         r"meterse|meterme) (?:a|en) (?:mi|la|nuestra) (?:casa|cuarto|depa|departamento|"
         r"apartamento|recamara)", level=L1, firm=True),
    Rule("third_party", "se tomo pastillas", r"(?:se tomo|tomo|se trago|se bebio) (?:muchas|todas|"
         r"un monton de|varias|un frasco|el frasco|la caja|\d+|como \d+)(?: \S+)?(?: "
         r"(?:pastillas|de pastillas|las pastillas|pills))?", level=L1, firm=True),
    Rule("self_harm", "cortando los brazos", r"(?:cortando|cortar|corte|corto|cortarme) (?:los|"
         r"mis|las) (?:brazos|piernas|munecas|venas)"),
    Rule("ideation_explicit", "razon para vivir", r"(?:no tengo|ya no tengo|sin|no hay|no "
         r"encuentro) (?:\S+ )?(?:razon|razones|motivo|motivos|ganas) (?:para|de) (?:vivir|"
         r"seguir)"),
    Rule("attempt_in_progress", "tome pastillas", r"(?:tome|me tome|trague|me trague) "
         r"(?:muchas|todas|un monton de|varias|un frasco|el frasco|la caja|todo el frasco|toda la "
         r"caja|todo el bote|\d+|como \d+)(?: \S+)?(?: (?:pastillas|de pastillas|las pastillas|"
         r"pills))?", level=L1, firm=True),
    Rule("means", "tomarme todas", r"(?:tomarme|tomar|tragarme|me voy a tomar) (?:todas|muchas|"
         r"\d+|el frasco|la caja|un monton)", level=L1, firm=True),
    Rule("attempt_in_progress", "no para de sangrar", r"(?:no (?:para|deja) de sangrar|estoy "
         r"sangrando mucho|sangre por todos lados)", level=L1, firm=True),
    Rule("attempt_in_progress", "veneno", r"(?:me tome|tome|tomarme|tomarmelo) (?:el |la )?"
         r"(?:veneno|cloro|anticongelante)", level=L1, firm=True),
    Rule("danger", "me esta pegando", r"(?:me esta|nos esta|le esta) (?:pegando|golpeando|"
         r"ahorcando|amenazando|lastimando)", level=L1, firm=True),
    Rule("danger", "me quiere matar", r"(?:me|nos) (?:quiere|amenazo con|amenaza con|esta "
         r"amenazando con) (?:matar|pegar|golpear|lastimar)", level=L1, jokeable=True),
    Rule("danger", "dijo que me iba a matar", r"(?:dijo|dice|grito) que (?:me|nos) (?:iba|va) a "
         r"(?:matar|pegar|golpear|lastimar)", level=L1, firm=True),
    Rule("danger", "lo voy a matar", r"(?:lo|la|los) voy a (?:matar|apunalar|lastimar)",
         level=L1, jokeable=True),
    Rule("third_party", "se va a suicidar", r"(?:se va a|se quiere) (?:suicidar|matar|morir|"
         r"quitar la vida|tirar|aventar|colgar|cortar)(?! de)"),
    Rule("third_party", "quiere matarse", r"(?:quiere|va a|piensa|intento|trato de) (?:matarse|"
         r"suicidarse|morirse|quitarse la vida|tirarse|colgarse|cortarse|ahorcarse)"),
    Rule("third_party", "dice que se quiere morir", r"(?:dice|dijo) que (?:se )?(?:quiere|va a) "
         r"(?:morir|matar|suicidar)"),
    Rule("third_party", "tiene una soga", r"(?:tiene|tenia) (?:una|la) (?:soga|cuerda|pistola|"
         r"navaja)(?: \S+){0,6}? (?:morir|matar|suicidar)"),
)

# Round G (third author): "ya no voy a poder" said as a farewell, "todo listo para esta noche".
RULES = RULES + (
    Rule("farewell", "ya no voy a poder", r"ya no (?:voy a|podre) (?:poder|estar|estar "
         r"aqui|estar para (?:ellos|ustedes|ti))(?= \.| ,|$)"),
    Rule("plan_time", "todo listo para esta noche", r"(?:tengo|esta|ya esta|tengo ya) todo (?:listo|"
         r"preparado) para (?:esta noche|hoy|manana|el (?:lunes|martes|miercoles|jueves|viernes|"
         r"sabado|domingo))(?= \.| ,|$)"),
    Rule("plan_time", "termino con todo", r"(?:termino|acabo|terminare|acabare|voy a terminar|"
         r"voy a acabar|quiero terminar|quiero acabar) con todo(?! (?:el|lo del|esto del|lo de) )"),
    Rule("ideation_implicit", "irme con mi mamá al cielo", r"irme (?:con (?:mi|mis) \S+ )?al "
         r"cielo"),
    Rule("method", "sé cuántas pastillas necesito", r"(?:se|sabes|saber|busque|buscando) cuantas "
         r"pastillas (?:necesito|hacen falta|se necesitan|son suficientes)"),
    Rule("farewell", "me despido, gracias por todo", r"(?:me despido|despidiendome) (?:de ti|de "
         r"ustedes|de todos)(?: ,| \.)? (?:gracias por todo|perdon|perdonen|los quiero|te quiero|"
         r"cuidate|cuidense)(?= \.| ,|$)"),
    Rule("plan_time", "esta es mi última noche", r"(?:esta es|hoy es) mi (?:ultima noche|ultimo "
         r"dia)(?= \.| ,|$)"),
)
