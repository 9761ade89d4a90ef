/**
 * The safety check's Spanish, the everyday way people in Spain and Latin America write a need.
 * Every text is checked in both languages, whatever the interface's language: a need may be
 * written in either. Phrases are written without accents because normaliseForRisk drops them
 * (phones often do: "depresion", "psiquiatria"); only ñ stays, and the phrases that hold it
 * accept n too ("daño", "dano").
 *
 * Chosen not to flag, because they are everyday words: "me muero de ganas", "matar el tiempo",
 * "muerta de cansancio", "un dolor de muerte", "matarse a trabajar", "se corta el pelo / la luz /
 * la llamada", "se hizo daño en la rodilla", "recaída" of an illness, "un brote" of MS, "manía"
 * (a habit, a grudge), "alucina con" (is amazed), "es una heroína", "vino" (came), "bebé" (which
 * reads "bebe", drinks, once accents go: drinking is read only with what is drunk or how much),
 * "no come carne", "no come nada de cerdo", "el perro no come", "recordarle tomarse todas las
 * pastillas del día", "guardar en un lugar oscuro". "Quiere morir en su casa" (cuidados paliativos)
 * asks the question and does not flag, as in English.
 * Where each group of phrasings came from is said beside its rows in
 * tests/unit/domain/safetyPhrasesEs.ts.
 */
import type { RiskTopic, TouchTopic } from './safetyWords'

const N = '[nñ]'
const PILLS = String.raw`(?:pastillas|pastis|pildoras|comprimidos|medicinas|medicamentos|medicacion|tranquilizantes|somniferos|calmantes|ansioliticos|antidepresivos|analgesicos|paracetamol)`
const SUBSTANCE = String.raw`(?:alcohol|bebida|beber|drogas?|heroina|cocaina|porros|consumo|consumir|juego)`
const RELAPSE = String.raw`(?:recaida|recaidas|recayo|recae|recaer|recaido|recayendo)`
const RELATIVE = String.raw`(?:marido|mujer|esposo|esposa|pareja|novio|novia|ex|expareja|exmarido|exmujer|exnovio|exnovia|padre|madre|padrastro|madrastra|hijo|hija|yerno|nuera|hermano|hermana|cuidador|cuidadora|nieto|nieta)`
const PERSON = String.raw`(?:el|ella|su ${RELATIVE}|(?:el|la|su) ex)`
const BABY = String.raw`(?:el|la|su) (?:bebe|recien nacid[oa]|ni${N}[oa]|hij[oa])`
const HOME = String.raw`(?:en (?:casa|su casa|su propia casa))`
// A baby crying or a cat off its food is not the person's mood or eating.
// Read in a lookbehind after the word it guards ("no(?<!perro no) come"), so it is checked only where that word matched.
const NOT_THE_PERSON = String.raw`(?:bebe|ni${N}[oa]|nene|nena|crio|cria|peque|perro|perra|perrito|perrita|gato|gata|gatito|gatita|loro|conejo|pez)`
// Where a dying person wishes to die (palliative care): it asks, it does not flag.
const WHERE_TO_DIE = String.raw`(?:tranquil[oa] )?(?:en (?:casa|su casa|su cama|paz|el hospital|la residencia|el hospicio|cuidados paliativos)|rodead[oa] de)`

export const SPANISH_RISK_PHRASES: Record<RiskTopic, string[]> = {
  suicide: [
    String.raw`suicid(?:io|ios|a|as|arse|arme|ar|o|aron|ado|ada)|autolitic[oa]s?`,
    String.raw`(?:quitar(?:se|me|te|le)?|quitandose|quita|quito|quitado|quitara) la vida`,
    // "matarse a trabajar" is working too hard; "se mató en la carretera" an accident.
    String.raw`(?:matar(?:se|me)|se (?:quiere|queria|va a|iba a|intento|ha intentado) matar|me quiero matar|intento matarse)(?! a (?:trabajar|estudiar|correr))`,
    String.raw`no (?:quiere|quiero|queria|quisiera|desea|tiene ganas de) (?:seguir )?(?:vivir|viviendo|estar viv[oa]|existir|seguir aqui|despertar(?:se)?)`,
    String.raw`(?:quiere|quiero|queria|quisiera|desea|deseo|desearia|ganas de|se quiere|me quiero|se queria) (?:morir(?:se|me)?(?! ${WHERE_TO_DIE})|desaparecer|dejar de existir|no despertar(?:se)?)`,
    String.raw`quitar(?:se|me|te) de en medio|(?:se quiere|me quiero|se va a|se iba a) quitar de en medio`,
    String.raw`(?:mejor|ojala|preferiria|prefiere|quisiera) (?:\S+ ){0,2}no (?:volver a )?despertar(?:se|me)`,
    String.raw`(?:dormir(?:se|me)?|acostarse) y no (?:volver a )?despertar(?:se|me)?`,
    String.raw`(?:estaria|estarian|estariamos|estarias|estariais|estara|estaran|viviria|vivirian) mejor (?:muert[oa]s?|sin (?:mi|el|ella|ellos|nosotros))`,
    String.raw`mejor (?:estar )?muert[oa]`,
    String.raw`(?:no hubiera|no hubiese|no haber) nacido`,
    String.raw`(?:acabar|terminar|acabe|termine) con (?:todo|su vida|mi vida)(?! (?:el|la|lo|los|las|antes|para|a tiempo))|poner(?:le)? fin a (?:su|mi) vida`,
    String.raw`(?:la vida )?no (?:vale|merece) la pena (?:vivir|seguir viviendo)|la vida no (?:vale|merece) la pena|no (?:tiene|le ve|le encuentra|ve) (?:ningun )?sentido (?:a )?(?:la vida|vivir|seguir)|no (?:tiene|hay) (?:nada )?(?:por|para) (?:lo )?que vivir|(?:no (?:tiene|hay)|sin) (?:ninguna )?razon para vivir`,
    String.raw`no (?:le )?(?:ve|encuentra) (?:ninguna )?salida|(?:siente|dice|cree|piensa) que no hay salida`,
    String.raw`(?:es|soy|se siente|me siento|siente que es|dice que es) (?:una )?carga para (?:todos|todo el mundo|los demas|la familia|su familia|sus hijos)`,
    String.raw`(?:regala|regalando|regalo|ha regalado|regalar|reparte|repartiendo|repartio|ha repartido) (?:todas )?(?:sus|mis) (?:cosas|pertenencias|posesiones|objetos (?:mas )?(?:queridos|preciados|personales)|bienes)|(?:regalando|regalado|regala) todo lo que tiene`,
    String.raw`(?:tirar(?:se|me)|se (?:ha )?tirado|se tiro|se quiere tirar|se va a tirar|lanzar(?:se|me)|arrojar(?:se|me)) (?:por|de|desde|a|al|a las|bajo) (?:la |el |un |una |las |los )?(?:puente|balcon|ventana|azotea|tejado|edificio|acantilado|vias|tren|metro)`,
    String.raw`ahorcar(?:se|me)|se (?:ha )?ahorcado|se ahorco|colgar(?:se|me) (?:de|del)`,
    String.raw`deseo de muerte|ganas de morir(?:se)?`,
    String.raw`(?:cansad[oa]|hart[oa]) de (?:vivir|la vida)|(?:carta|nota|mensaje) de despedida`,
    // "Hacer una tontería" is how many in Spain say a suicide attempt without saying it.
    String.raw`(?:preocupa|miedo|teme|temen|tememos|tengo miedo|no vaya a|no sea que) (?:\S+ ){0,2}(?:haga|cometa) (?:una )?(?:tonteria|locura)`,
  ],
  'self-harm': [
    String.raw`auto ?lesi\p{L}*|auto ?agresi(?:on|ones)`,
    String.raw`(?:hacer(?:se|me)|se hace|se hacia|se hizo|se ha hecho|se esta haciendo) cortes`,
    String.raw`(?:hacer(?:se|me)|se hace|se hacia|se hizo|se ha hecho|se esta haciendo) da${N}o (?:a si mism[oa]|aposta|a proposito|adrede|queriendo)|(?:quiere|queria|ganas de|intenta|intento) hacerse da${N}o`,
    String.raw`(?:cortar(?:se|me)|cortandose|se corta|se cortaba|se corto|se ha cortado|se ha estado cortando) (?:en )?(?:los|las|el|la|sus) (?:brazos?|mu${N}ecas?|piernas?|muslos?|piel|antebrazos?)`,
    // "se corta el pelo", "se cortó con un cuchillo", "la llamada / la luz se corta" are not.
    String.raw`(?<!(?:llamada|luz|conexion|se${N}al|linea|video|videollamada|internet|wifi|agua|leche|mayonesa|salsa|imagen|voz|comunicacion|tele|television) )se (?:corta|cortaba|ha estado cortando|sigue cortando|vuelve a cortar)(?! (?:el|la|las|los|un|una|unos|unas|con|al|en|mientras|sin|solo|sola|bien|mal|muy|mucho|poco|facil|rapido|cocinando|afeitandose|pronto|enseguida))`,
    String.raw`(?:se lastima|lastimarse|se hace heridas en|se ara${N}a|se rasca hasta sangrar) (?:los|las|el|la|sus) (?:brazos?|mu${N}ecas?|piernas?|muslos?|piel)|se lastima a si mism[oa]`,
    String.raw`cortes (?:sin explicacion|inexplicables|que (?:esconde|oculta|tapa|no explica))|(?:esconde|oculta|tapa) (?:los )?cortes`,
    String.raw`quemaduras de (?:cigarro|cigarrillo|mechero)s?|se quema con (?:cigarros|cigarrillos|el mechero|mecheros)`,
    String.raw`manga larga (?:\S+ ){0,3}(?:en verano|con calor|con este calor|aunque haga calor|incluso en verano)`,
    String.raw`(?:se golpea|se golpeaba|golpearse|se pega|se pegaba|pegarse) (?:la cabeza |golpes |cabezazos )?contra (?:la|las) pared(?:es)?|(?:se da|se daba|darse) (?:golpes|cabezazos|con la cabeza) contra (?:la|las) pared(?:es)?`,
  ],
  overdose: [
    String.raw`sobredosis|sobre ?ingesta`,
    String.raw`intoxicaci(?:on|ones) (?:por|con|de) (?:pastillas|medicamentos|farmacos|medicacion|pildoras|somniferos|ansioliticos|paracetamol)|intoxicacion (?:medicamentosa|voluntaria)`,
    // "recordarle tomarse todas las pastillas del día" is the day's dose.
    String.raw`(?<!(?:recordarle|recordarles|recuerdale|recordar|ayudarle|ayudarla|ayudarlo|ayuda a|ayudar a|acuerde de|acordarse de|olvida|olvidarse de|olvida de|vigilar que|asegurarse de) (?:a )?)(?:tomar(?:se|me)|tomandose|se (?:tomo|ha tomado|habia tomado)|tragar(?:se|me)|se (?:trago|ha tragado)) todas? (?:las |sus |mis )?${PILLS}(?! (?:del|de la (?:ma${N}ana|noche|tarde)|de cada|con|a su hora|que le tocan|a tiempo|por la))`,
    String.raw`lavados? (?:de estomago|gastricos?)`,
    String.raw`(?:se )?(?:tomo|ha tomado|tomarse|trago|tragarse|ha tragado|metio|ha metido|meterse|zampo|ha zampado) (?:una caja|un bote|un frasco|un blister|un pu${N}ado|un monton|muchas|demasiadas|toda la caja|todo el bote) (?:entera |entero )?(?:de )?(?:\S+ )?${PILLS}`,
    String.raw`(?:acumula|acumulando|ha acumulado|va guardando|ha ido guardando|esta guardando|junta|juntando|ha juntado|hace acopio de) (?:las |sus )?${PILLS}`,
    String.raw`mezcla\p{L}* (?:las |sus )?${PILLS} con (?:alcohol|vino|la bebida|cerveza|whisky)`,
    String.raw`envenenar(?:se|me)|se (?:ha )?envenenado|se enveneno`,
  ],
  'severe-depression': [
    String.raw`depresion (?:grave|severa|profunda|mayor|clinica|muy fuerte|muy grave|muy profunda|cronica|endogena|psicotica)|(?:muy|gravemente|profundamente|severamente) deprimid[oa]`,
    String.raw`(?:trastorno|episodio|cuadro|brote) depresivo`,
    // After surgery "no se levanta de la cama sin ayuda" is about the body.
    String.raw`no (?:se )?(?:puede|consigue|quiere) levantar(?:se)? de la cama(?! (?:sin|sol[oa]|por si))|no se levanta de la cama(?! (?:sin|sol[oa]|por si))|no (?:quiere )?salir de la cama|se pasa (?:todo )?el dia (?:metid[oa] )?en la cama`,
    String.raw`desesperanza\p{L}*|sin (?:ninguna )?esperanza|se siente (?:una )?(?:inutil|sin valor)|(?:cree|siente|dice) que no vale (?:nada|para nada)`,
    // Not "guardar en un lugar oscuro": medicines are stored there.
    String.raw`(?:en|metid[oa] en|salir de|hundid[oa] en) un pozo|(?:pasando por|esta en|atraviesa) un (?:momento|lugar) (?:muy )?(?:oscuro|negro)`,
    String.raw`crisis (?:nerviosa|emocional)|colapso (?:nervioso|emocional|mental)`,
  ],
  'frightening-thoughts': [
    String.raw`(?:oye|oir|escucha|escuchar|oyendo|escuchando|oia|escuchaba) voces|voces (?:que le (?:dicen|hablan|ordenan|mandan)|en (?:su|la) cabeza)`,
    String.raw`(?:ve|ver|veia|viendo|oye|oir|oia|oyendo|escucha|escuchando) (?:cosas|gente|personas|bichos|ruidos) que no (?:estan|existen|hay|son reales)`,
    String.raw`(?:cree|piensa|dice|esta convencid[oa] de|jura) que (?:le|la|lo|les) (?:espian|siguen(?! \p{L}+ndo)|vigilan|persiguen|quieren envenenar|estan envenenando|envenenan|graban|escuchan)(?! (?:en|por) (?:instagram|twitter|redes|tiktok|facebook))`,
    String.raw`alucinaci(?:on|ones)|psicosis|psicotic[oa]s?|brote (?:psicotico|esquizofrenico|maniaco)`,
    String.raw`delirios|ideas delirantes|delirante`,
    String.raw`pensamientos (?:intrusivos|oscuros|negros|horribles|terribles|de muerte|de hacer(?:le|se)? da${N}o)|ideas de hacer(?:le|se)? da${N}o`,
    String.raw`(?:miedo|terror|panico|teme|le aterra) (?:a |de )?(?:que )?(?:hacer(?:le)?|pueda hacer(?:le)?|le haga) (?:da${N}o|algo(?: malo)?) (?:al|a la|a su) (?:bebe|ni${N}[oa]|hij[oa])`,
    String.raw`(?:pierde|perdiendo|ha perdido|perdio) (?:el )?contacto con la realidad|desconectad[oa] de la realidad`,
    String.raw`(?:episodio|fase|crisis) maniac[oa]`,
  ],
  perinatal: [
    String.raw`(?:depresion|psicosis|ansiedad|trastorno) (?:pos ?parto|post ?parto|postnatal|puerperal|perinatal)|salud mental perinatal`,
    String.raw`no (?:es|ha sido|ha vuelto a ser) la misma desde (?:el parto|que (?:nacio|tuvo) ${BABY}|que tuvo (?:al|a la) (?:bebe|ni${N}[oa]))`,
    String.raw`no (?:siente|tiene) (?:ningun )?(?:vinculo|apego|conexion) con ${BABY}|le cuesta (?:crear |sentir )?(?:vinculo|apego|conectar) con ${BABY}|no (?:conecta|se vincula) con ${BABY}`,
    String.raw`no (?:puede|es capaz de) (?:con|cuidar(?: de)?|hacerse cargo de) ${BABY}`,
    String.raw`(?:llora|llorando|triste|no duerme|no es ella) (?:\S+ ){0,4}desde (?:el parto|que nacio ${BABY})|desde (?:el parto|que nacio ${BABY}) (?:\S+ ){0,2}(?:llora|esta triste|no duerme|no es la misma)`,
    String.raw`no quiere (?:coger|tocar|cuidar|ver|dar de comer) (?:al|a la|a su) (?:bebe|recien nacid[oa]|ni${N}[oa])`,
  ],
  'eating-disorder': [
    String.raw`anorexic[oa]s?|bulimic[oa]s?|trastornos? (?:de la conducta alimentaria|alimentari[oa]s?|de (?:la )?alimentacion)|tca|atracones`,
    String.raw`(?:se provoca|provocarse|se provocaba|provocandose) (?:el )?vomitos?|vomita (?:despues de|tras) (?:comer|las comidas|cada comida|cenar|almorzar)`,
    String.raw`(?:va|se va|corre|desaparece) al ba${N}o (?:justo |nada mas )?(?:despues de|tras|al terminar de) (?:comer|cada comida|las comidas|cenar)`,
    String.raw`(?:miedo|terror|panico) a (?:engordar|ganar peso|coger peso)|obsesionad[oa] con (?:no engordar|(?:su |el )?peso|adelgazar|las calorias|estar delgad[oa])`,
    String.raw`(?:come|comer|cena|cenar|comida|comidas) (?:\S+ ){0,4}(?:al|en el) ba${N}o a (?:vomitar|devolver)`,
    String.raw`peligrosamente delgad[oa]|(?:extremadamente|demasiado) delgad[oa]|peso (?:muy|peligrosamente) bajo`,
  ],
  addiction: [
    String.raw`adicci(?:on|ones)|adict[oa]s?|drogadict[oa]s?|drogodependen\p{L}*|toxicoman\p{L}*|ludopat\p{L}*`,
    String.raw`alcoholic[oa]s?|alcoholismo`,
    String.raw`${RELAPSE}(?= (?:\S+ ){0,5}${SUBSTANCE}(?![\p{L}\p{N}]))`,
    String.raw`${RELAPSE}(?<=(?<![\p{L}\p{N}'])${SUBSTANCE} (?:\S+ ){0,5}\S+)`,
    String.raw`(?:vuelve|volvio|ha vuelto) a tomar(?! (?:la|las|su|sus|el|los|un|una|\S+ pastillas|pastillas|medicacion|medicamentos|cafe|te|agua))`,
    String.raw`(?:vuelve|volvio|ha vuelto|volver|volviendo|va a volver|haya vuelto) a (?:beber|consumir|drogarse|las drogas|la bebida|la botella|el alcohol|pincharse)`,
    String.raw`(?:bebe|bebiendo|beber) (?:demasiado|en exceso|a escondidas|para olvidar|para dormir|para aguantar|todo el dia|desde por la ma${N}ana|desde primera hora)`,
    String.raw`problemas? (?:con|de) (?:el |la |las )?(?:alcohol|bebida|drogas|juego)|darse a la bebida|se ha dado a la bebida`,
    String.raw`(?:abuso|consumo (?:excesivo|problematico)|dependencia) (?:de|del|al) (?:alcohol|drogas|sustancias|cocaina|heroina|opioides|opiaceos|ansioliticos|benzodiacepinas|calmantes|pastillas)`,
    String.raw`(?:consume|consumia|consumiendo|se mete|metiendose|esnifa|se pincha|pincharse|se inyecta|fuma) (?:cocaina|heroina|crack|coca|speed|metanfetamina|fentanilo|caballo|drogas)`,
    String.raw`se droga|drogarse|drogandose|se (?:esta|ha estado) drogando`,
    String.raw`(?:darle|dandole|le da|le daba|le esta dando|le ha dado) (?:fuerte )?a la (?:botella|bebida|priva)`,
    String.raw`enganchad[oa] (?:a|al|a la|a las|a los) (?:coca|cocaina|heroina|caballo|porros|drogas|pastillas|alcohol|bebida|juego|apuestas|tragaperras|crack|speed|calmantes|ansioliticos|tranquilizantes|opioides|fentanilo)`,
    String.raw`(?:gasta|gastando|gastado|gastarse|se funde|se fundio|pierde|perdio|perdiendo) (?:\S+ ){0,4}en (?:las )?(?:tragaperras|apuestas|maquinitas|el bingo|el casino)`,
    String.raw`sindrome de abstinencia|(?:tiene|con|pasando|sufre) el mono`,
    String.raw`(?<!(?:dieta|zumo|batido|plan|cura|semana|te) (?:de )?)desintoxica(?:cion|rse|ndose)(?! (?:digital|del movil|de (?:redes|pantallas)))`,
    String.raw`(?:alcoholicos|narcoticos|jugadores) anonimos|(?:reuniones?|grupo) (?:de )?(?:aa|na)|proyecto hombre`,
    String.raw`metadona|naloxona|buprenorfina|antabus|disulfiram`,
    String.raw`lleva (?:\S+ ){1,2}(?:sin beber|sin consumir|sobri[oa]|limpi[oa] de (?:drogas|alcohol))`,
    String.raw`(?:borrachera|borrach[oa]) (?:cada|todos|todas|diari[oa]|a diario|otra vez|de nuevo)|se emborracha (?:cada|todos|todas|a diario|a menudo)`,
    String.raw`lleva (?:una semana|varios dias|dias|toda la semana) (?:bebiendo|de borrachera|sin parar de beber)`,
  ],
  abuse: [
    String.raw`violencia (?:de genero|domestica|machista|intrafamiliar|familiar|en la pareja|sexual)`,
    String.raw`mal(?:os)? tratos|maltrat(?:o|os|a|an|aba|ada|ado|ador|adora|adores)(?! animal)`,
    String.raw`abus(?:o|os|aba|aron|ador|adora|adores|ada|ado|ivo|iva) sexual(?:mente)?|abus(?:a|o|aba|aron|ado|ada|ando) (?:sexualmente )?de (?:ella|el|ellos|ellas|mi|la ni${N}a|el ni${N}o|su (?:hija|hijo|mujer|pareja|nieta|nieto))`,
    String.raw`${PERSON} (?:le|la|lo|les|las|los|me|nos) (?:pega|pegaba|pego|ha pegado|golpea|golpeaba|golpeo|empuja|empujaba|amenaza|amenazaba|amenazo|humilla|maltrata|maltrataba|controla|insulta|vigila)`,
    String.raw`(?:le|la) (?:pega|pegaba|ha pegado|golpea|golpeaba|maltrata) (?:su|el|la) ${RELATIVE}`,
    String.raw`(?:le|la|lo|me) (?:da|daba|dio|ha dado) (?:\S+ )?(?:empujones|bofetadas|bofetones|golpes|patadas|pu${N}etazos|hostias|guantazos)(?! (?:al|a la|a las) (?:balon|pelota|puerta|mesa|teclas))|(?:le|la|lo|les|me|nos) (?:ha dado|han dado|dio|dieron|da|daba) (?:una |otra )?paliza`,
    String.raw`(?:le|la|me|les) (?:pone|ponia|puso|ha puesto|ponga|vuelve a poner|volvio a poner) la mano encima|poner(?:le|la|me) la mano encima`,
    String.raw`(?:moratones|moretones|hematomas) (?:sin explicacion|sin explicar|que no explica|inexplicables)`,
    String.raw`orden(?:es)? de (?:alejamiento|proteccion|restriccion)`,
    String.raw`casa de acogida|centro de acogida para mujeres|el 016`,
    String.raw`${PERSON} (?:le )?(?:controla|revisa|mira|vigila|quita|le quito) (?:el|la|su|sus|todo el|todos los) (?:movil|celular|telefono|whatsapp|mensajes|dinero|cuenta|tarjeta|sueldo|pension)`,
    String.raw`${PERSON} le (?:roba|robaba|quita|quitaba) (?:el|la|su|sus) (?:dinero|pension|tarjeta|cuenta|sueldo|ahorros)|le roba (?:el )?dinero`,
    String.raw`no (?:la|le|lo|me) deja (?:salir|ver a|hablar con|trabajar|tener (?:dinero|amigas|movil))`,
    String.raw`(?:la|le|lo) (?:aisla|aislando|ha aislado|aparta|apartando) de (?:su familia|sus amigas|sus amigos|todos|todo el mundo)`,
    String.raw`(?:tiene|le tiene|tener) miedo (?:de|a) (?:su|el|la) ${RELATIVE}|(?:tiene )?miedo (?:de |a )?volver a casa|miedo (?:de |a )?(?:estar|quedarse) sol[oa] con (?:el|su ${RELATIVE})`,
    // Consistent with "doesn't feel safe at home" (abuse) in English.
    String.raw`no se siente (?:segur[oa]|a salvo) (?:${HOME}|con (?:el|ella|su ${RELATIVE}))`,
    String.raw`amenaz(?:a|o|aba|ado) con (?:matarla|matarle|matarlo|hacerle da${N}o|quitarle (?:a )?(?:los|las|sus) (?:ni${N}os|hijos|hijas|crios))`,
    String.raw`violacion|violad[oa]|la violaron|agresi(?:on|ones) sexual(?:es)?|agredid[oa] sexualmente`,
    String.raw`acos(?:o|a|ada|ador|adora|ando)(?! escolar)|la (?:persigue|acecha)`,
  ],
  'psychiatric-stay': [
    String.raw`(?:ingres\p{L}*|internad[oa]|estuvo|esta) en (?:la |una |el )?(?:planta|unidad|hospital|clinica|ala|sala|centro) (?:de )?(?:psiquiatria|psiquiatric[oa]|agudos|salud mental)`,
    String.raw`(?:planta|unidad|hospital|clinica|pabellon|sala|urgencias) (?:de )?(?:psiquiatria|psiquiatric[oa]s?)|(?:el|al|del|un|en el) psiquiatrico|manicomio`,
    String.raw`(?:ingres\p{L}*|internad[oa]|internaron) (?:\S+ ){0,2}en (?:la |el )?(?:psiquiatria|psiquiatrico|salud mental|agudos)`,
    String.raw`ingreso (?:involuntario|psiquiatrico|forzoso)|internamiento (?:involuntario|psiquiatrico)|internacion psiquiatrica`,
    String.raw`(?:alta|salio|sale) (?:de|del) (?:psiquiatria|psiquiatrico|la unidad de agudos)`,
    String.raw`unidad de (?:agudos|crisis|hospitalizacion psiquiatrica)|equipo de crisis|hospital de dia (?:de salud mental|psiquiatrico)`,
  ],
}

export const SPANISH_TOUCH_PHRASES: Record<TouchTopic, string[]> = {
  mood: [
    String.raw`baj[oa] de (?:animo|moral)|(?:de )?bajon(?! de (?:azucar|tension|glucosa|defensas|hierro|temperatura))|desanimad[oa]|decaid[oa]|triste|tristeza|melancolia`,
    String.raw`deprimid[oa]|depre|depresion|depresiv[oa]`,
    String.raw`ansiedad|ansios[oa]|angustia(?:da|do)?|(?:ataques?|crisis) de (?:panico|ansiedad|nervios)`,
    String.raw`duelo|de luto|viud[oa] reciente|soledad|se siente (?:muy )?sol[oa]|muy sol[oa]`,
    String.raw`llora(?<!${NOT_THE_PERSON} llora) (?:mucho|todo el dia|a menudo|sin motivo|por las noches|cada dia)|llorando (?:mucho|todo el dia|a menudo|sin parar)`,
    String.raw`no es (?:el|la) mism[oa]|no levanta cabeza|hundid[oa]|(?:ha )?tocado fondo|toco fondo`,
    String.raw`(?:ya )?no (?:puede|aguanta|puedo|aguanto) mas|al limite|agotad[oa] emocionalmente`,
    String.raw`(?:lo|la) esta pasando (?:muy )?mal|pasandolo (?:muy )?mal|(?:un|muy mal) mal momento|mal momento`,
    String.raw`no sale de casa (?:desde|en)|aislad[oa]|encerrad[oa] en (?:casa|su cuarto|su habitacion)`,
    String.raw`sin ganas de nada|no tiene ganas de nada|(?:lleva|pasa) (?:\S+ ){0,2}sin salir de (?:casa|la habitacion|su cuarto|la cama)`,
    String.raw`desahogarse|alguien con quien hablar|apoyo emocional|(?:ha )?dejado de (?:ducharse|asearse|vestirse|cuidarse)`,
    String.raw`asustad[oa]|tiene(?<!${NOT_THE_PERSON} tiene) (?:mucho )?miedo|aterrad[oa]`,
    String.raw`tristeza (?:pos ?parto|post ?parto)`,
    String.raw`(?:la )?moral por los suelos|(?:el )?animo por los suelos|(?:esta|anda) (?:muy )?(?:chof|de capa caida)|no quiere (?:ver|hablar con) a nadie|no quiere hablar con nadie`,
    String.raw`(?:lleva|pasa) (?:\S+ ){0,2}sin (?:ducharse|asearse|lavarse|vestirse|hablar con nadie|contestar)`,
    String.raw`(?:esta|anda|lo esta pasando|la esta pasando) (?:muy |fatal |tan )?mal desde (?:que (?:perdio|murio|fallecio|se fue|se marcho|lo dejo|la dejo|le dejo|se separo|se divorcio|se jubilo|cerro)|lo de|la muerte|el divorcio|la separacion)|ya no se levanta(?! (?:sol[oa]|sin))|no se levanta (?:en todo el dia|ni para comer|para nada)`,
  ],
  thoughts: [
    String.raw`pensamientos (?:negativos|obsesivos|raros|que no para)|no (?:puede|para de) dar vueltas`,
    String.raw`obsesi(?:on|ones|vo|va)|compulsiv[oa]|trastorno obsesivo|toc|paranoic[oa]`,
    String.raw`pesadillas|trauma|traumatizad[oa]|estres postraumatico|tept`,
    String.raw`habla (?:mucho )?de (?:la )?muerte|habla de morir(?:se)?|piensa (?:mucho )?en (?:la )?muerte`,
    String.raw`(?:se )?(?:esta )?despid(?:e|iendo|io) de todos|despedirse de todos|despidiendose de todos|(?:se ha|ha) despedido de todos`,
    String.raw`(?:poner|pone|puesto|poniendo) sus asuntos en orden|perdiendo la cabeza|volviendo loc[oa]`,
    String.raw`dejar de sufrir|no (?:quiere|puede) seguir adelante`,
    String.raw`(?:quiere|quiero|queria|quisiera|prefiere|preferiria|desea) morir(?:se)? ${WHERE_TO_DIE}`,
  ],
  'mental-health': [
    String.raw`salud mental|enfermedad mental|trastorno mental|(?:problemas|tema) de (?:salud mental|nervios)`,
    String.raw`psiquiatra|psiquiatria|psiquiatric[oa]|psicolog[oa]|psicologic[oa]|psicoterapia`,
    String.raw`terapia(?! (?:ocupacional|fisica|respiratoria|del lenguaje|de lenguaje|intravenosa|de rehabilitacion))|terapeuta(?! ocupacional)`,
    String.raw`antidepresivos?|ansioliticos?|estabilizador(?:es)? del animo|antipsicoticos?|(?<!(?:pila|pilas|bateria|baterias) (?:de )?)litio`,
    String.raw`bipolar|bipolaridad|esquizofreni\p{L}*|trastorno (?:limite|de (?:la )?personalidad)|tlp|maniac[oa]s?`,
    String.raw`centro de salud mental|unidad de salud mental|usm|csm|equipo de salud mental|enfermer[oa] de salud mental`,
  ],
  eating: [
    String.raw`no(?<!${NOT_THE_PERSON} no) (?:esta comiendo|quiere comer|come nada(?! de (?!nada)\p{L})|come casi nada|come bien|come lo suficiente|come desde|ha comido (?:nada|en))|apenas (?:come|prueba bocado|ha comido)|casi no come`,
    String.raw`no(?<!${NOT_THE_PERSON} no) come(?! (?:carne|pescado|gluten|lactosa|cerdo|picante|marisco|huevos?|frutos secos|azucar|dulces?|sal|pan|verdura|lacteos|fruta|fritos|nada picante|nada de (?!nada)\p{L}|con|en|a|hasta|antes|tarde|temprano|fuera|solo|sola|sin))`,
    String.raw`deja(?:do)? de comer|se niega a comer|se salta (?:las )?comidas|no tiene (?:nada de )?(?:apetito|hambre)|(?:falta|perdida) de apetito|(?:lleva|pasa|pasado|esta) (?:\S+ ){0,2}sin comer`,
    String.raw`(?:ha )?perdido (?:mucho )?peso|(?:ha )?adelgazado mucho|pierde peso|cuenta (?:las )?calorias|(?:que|asegurarse de que|se asegure de que) coma (?:algo|bien|algo caliente)`,
  ],
  drinking: [
    String.raw`borrach\p{L}*|emborrach\p{L}*|resaca|bebedor(?:a|es|as)?|sobri[oa]s?|sobriedad`,
    String.raw`cervezas?(?! sin alcohol| 0 0)|cubatas?|chupitos?|ginebra|tequila|mezcal|aguardiente|orujo|licor(?:es)?`,
    String.raw`(?:copas?|vasos?|botellas?|caja|tetrabrik|carton|litro) de vino|vino (?:tinto|blanco|rosado|con la comida)|(?:bebe|toma|tomando|bebiendo) vino`,
    // "bebe" alone may be "bebé" without its accent: read only with what or how much is drunk.
    String.raw`bebe (?:mucho|demasiado|a diario|todos los dias|cada (?:dia|noche)|sol[oa]|a escondidas|alcohol|cerveza|whisky|vodka|ron|ginebra|cubatas|copas|de mas|mas de la cuenta|hasta(?! (?:las|la|el) \d))`,
    String.raw`(?:deja|dejar|dejado|dejo|empezo|empezado|empieza|sigue|le da por|se pone|se puso|se ha puesto|volvio|vuelve) (?:de |a )?beber(?! (?:agua|liquidos?|zumo|leche|te|cafe|caldo))`,
    String.raw`bebiendo (?:mucho|demasiado|otra vez|de nuevo|a escondidas|sol[oa]|cada dia|todos los dias)`,
    String.raw`(?:va|iba|esta|estaba|llega|llego|viene|vino|acaba|acabo|se pone|se puso|ponerse) (?:muy |bastante |super |bien )?(?:pedo|mamad[oa]|tajad[oa]|pasad[oa] de copas|como una cuba|piripi|bolinga)`,
  ],
  drugs: [
    String.raw`drogas?|drogad[oa]s?|porros?|marihuana|hachis|cocaina|extasis|ketamina|opioides?|opiaceos?|fentanilo|benzodiacepinas?`,
    String.raw`(?<!(?:una|mi|es|toda|nuestra|verdadera|gran|su|tu) )heroina`,
  ],
  medication: [
    String.raw`no (?:se )?(?:toma|tomaba|quiere tomar(?:se)?|esta tomando|se esta tomando) (?:la|su|sus|las) (?:medicacion|medicina|medicinas|pastillas|pildoras|tratamiento|antidepresivos|pastis|litio)`,
    String.raw`(?:ha dejado|dejo|deja|dejar|dejado) (?:de tomar(?:se)? )?(?:la|su|sus|las|los) (?:medicacion|medicinas|pastillas|antidepresivos|litio)(?! (?:en|encima|sobre|preparadas|preparada|listas|lista|a mano|al lado|junto|en el pastillero))`,
    String.raw`(?:esconde|escondiendo|tira|tirando) (?:las|sus) (?:pastillas|medicinas|pildoras)|(?:se niega|se negaba|niega) a tomar(?:se)? (?:la|su|sus|las) ${PILLS}`,
    String.raw`(?:toma|tomando|se toma) mas (?:${PILLS} )?de (?:lo|los|las) (?:recetado|prescrito|que le (?:toca|tocan|recetan|receta)|que debe)|demasiadas pastillas|abusa de (?:las|los) ${PILLS}|se salta (?:la|las|sus) (?:medicacion|pastillas|dosis)`,
  ],
  'home-safety': [
    String.raw`no se siente (?:segur[oa]|a salvo)|insegur[oa] ${HOME}|miedo ${HOME}`,
    String.raw`(?:gritos|discusiones|peleas|broncas) en (?:casa|la casa)|(?:le|la|les) grita`,
    String.raw`(?:llamar|llamaron|llamo|han llamado|tuvo que venir|vino|vinieron) (?:a )?la policia|la policia (?:vino|ha venido|tuvo que venir)`,
    String.raw`servicios sociales|violent[oa]s?|violencia|agresiv[oa]s?|agresividad|amenazas?|amenaz(?:o|ado|ada|aba)`,
    String.raw`mal genio|mal caracter|celos[oa]|celos|controlador(?:a)?`,
    String.raw`${PERSON} (?:no (?:deja|para) de|sigue|vuelve a|ha vuelto a) (?:aparecer|presentarse|venir|rondar|merodear)|(?:aparece|se presenta) sin avisar`,
  ],
}
