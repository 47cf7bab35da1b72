import { defineMessages } from '../../i18n/define-messages';

/** First launch, the demo mark and the Relay section of Settings. */
export const setupMessages = defineMessages({
  en: {
    'setup.title': 'Set up this desk',
    'setup.progress': 'Step {step} of {total}',
    'setup.steps': 'Setup steps',
    'setup.step.how': 'How this desk works',
    'setup.step.restaurant': 'The restaurant',
    'setup.step.platforms': 'Platforms',
    'setup.loading': 'Asking the desk how it is set up…',
    'setup.how.heading': 'How will this desk work?',
    'setup.how.intro':
      "A restaurant usually has one relay on the internet: it receives the platforms' bookings and keeps all the restaurant's desks in step. Join it, or run this desk on its own for now.",
    'setup.join.heading': "Join the restaurant's relay",
    'setup.join.intro':
      'Bookings from the platforms and from the other desks arrive through it. Ask whoever runs the relay for its address and an enrolment code.',
    'setup.join.relayUrl': 'Relay address',
    'setup.join.relayUrlHint': 'For example https://relay.example.com',
    'setup.join.code': 'Enrolment code',
    'setup.join.codeHint': 'For example 7KQ2-M9XD-4HTR-PW3C',
    'setup.join.deviceName': 'Name of this desk',
    'setup.join.deviceNameDefault': 'Front desk',
    'setup.join.submit': 'Join the relay',
    'setup.join.joining': 'Contacting the relay…',
    'setup.join.fixErrors': 'Nothing was sent: correct the fields marked ⚠.',
    'setup.join.joined': 'This desk is now enrolled with {url} as “{name}”.',
    'setup.join.error.relayUrl.missing':
      'Type the relay address, for example https://relay.example.com.',
    'setup.join.error.relayUrl.format':
      'The relay address must start with https:// (or http:// on this computer), for example https://relay.example.com.',
    'setup.join.error.relayUrl.tooLong': 'This address is too long: copy it again.',
    'setup.join.error.code.missing': 'Type the enrolment code given by the relay administrator.',
    'setup.join.error.code.tooLong': 'This enrolment code is too long: copy it again.',
    'setup.join.error.deviceName.missing': 'Give this desk a name, for example “Front desk”.',
    'setup.join.error.deviceName.tooLong': 'Keep the desk name under 80 characters.',
    'setup.join.error.invalid': 'This value is not accepted.',
    'setup.refusal.unreachable':
      "Couvert could not reach a relay at this address: check the address and this computer's internet connection.",
    'setup.refusal.codeRefused':
      'The relay does not accept this code: it is unknown, expired or already used. Ask for a new one.',
    'setup.refusal.notRelay':
      'Something answers at this address, but it is not a Couvert relay: check the address.',
    'setup.refusal.tooManyTries':
      'Too many attempts from this computer: wait a minute, then try again.',
    'setup.refusal.failed':
      'The desk could not do this. Try again; if it keeps failing, restart Couvert.',
    'setup.refusal.detail': 'The desk said: {detail}',
    'setup.standalone.heading': 'Run standalone',
    'setup.standalone.intro':
      'This desk keeps the book on this computer only and works without the internet.',
    'setup.standalone.consequence':
      'Bookings from the platforms and changes made on other desks will not reach it until it joins a relay. You can join one later in Settings → Relay.',
    'setup.standalone.submit': 'Run standalone',
    'setup.standalone.working': 'Setting up…',
    'setup.restaurant.heading': 'Your restaurant',
    'setup.restaurant.intro':
      'Its name, time zone and language: the book shows every time in this time zone. Save, then continue.',
    'setup.restaurant.saveFirst': 'Save the restaurant first: fill in its name and press Save.',
    'setup.continue': 'Continue',
    'setup.back': 'Back',
    'setup.platforms.heading': 'Connect your platforms',
    'setup.platforms.intro':
      'Connect the platforms that send you bookings. You can skip this and do it later in Settings → Platforms.',
    'setup.platforms.skip': 'Skip for now',
    'setup.platforms.done': 'Open the desk',
    'setup.simulated.label': 'Demo — simulated restaurant and platforms',
    'setup.simulated.tag': 'Demo',
    'setup.simulated.text': 'Simulated restaurant and platforms',
    /** The Settings tab (the section lives in this folder). */
    'settings.tab.relay': 'Relay',
    'setup.relay.heading': 'Relay',
    'setup.relay.mode': 'This desk',
    'setup.relay.mode.unconfigured': 'Not set up yet',
    'setup.relay.mode.standalone': 'Standalone: offline only',
    'setup.relay.mode.relay': 'Enrolled with a relay',
    'setup.relay.mode.demo': 'Demo: built-in relay and simulated platforms',
    'setup.relay.address': 'Relay address',
    'setup.relay.deskName': 'Desk name',
    'setup.relay.standaloneHint':
      "Bookings from the platforms and from the other desks do not reach this desk. Join the restaurant's relay to receive them.",
    'setup.relay.demoHint':
      'Everything here is simulated: nothing reaches a real guest or a real platform.',
    'setup.relay.unknown': 'The desk could not tell how it is set up: {message}',
    'setup.relay.retry': 'Ask again',
  },
  fr: {
    'setup.title': 'Installer ce poste',
    'setup.progress': 'Étape {step} sur {total}',
    'setup.steps': 'Étapes de l’installation',
    'setup.step.how': 'Fonctionnement du poste',
    'setup.step.restaurant': 'Le restaurant',
    'setup.step.platforms': 'Plateformes',
    'setup.loading': 'Le poste vérifie son installation…',
    'setup.how.heading': 'Comment ce poste va-t-il fonctionner ?',
    'setup.how.intro':
      'Un restaurant a en général un relais sur Internet : il reçoit les réservations des plateformes et tient à jour tous les postes du restaurant. Rejoignez-le, ou faites fonctionner ce poste seul pour l’instant.',
    'setup.join.heading': 'Rejoindre le relais du restaurant',
    'setup.join.intro':
      'Les réservations des plateformes et des autres postes arrivent par lui. Demandez son adresse et un code d’inscription à la personne qui gère le relais.',
    'setup.join.relayUrl': 'Adresse du relais',
    'setup.join.relayUrlHint': 'Par exemple https://relais.exemple.fr',
    'setup.join.code': 'Code d’inscription',
    'setup.join.codeHint': 'Par exemple 7KQ2-M9XD-4HTR-PW3C',
    'setup.join.deviceName': 'Nom de ce poste',
    'setup.join.deviceNameDefault': 'Accueil',
    'setup.join.submit': 'Rejoindre le relais',
    'setup.join.joining': 'Connexion au relais…',
    'setup.join.fixErrors': 'Rien n’a été envoyé : corrigez les champs marqués ⚠.',
    'setup.join.joined': 'Ce poste est maintenant inscrit auprès de {url} sous le nom « {name} ».',
    'setup.join.error.relayUrl.missing':
      'Saisissez l’adresse du relais, par exemple https://relais.exemple.fr.',
    'setup.join.error.relayUrl.format':
      'L’adresse du relais doit commencer par https:// (ou http:// sur cet ordinateur), par exemple https://relais.exemple.fr.',
    'setup.join.error.relayUrl.tooLong': 'Cette adresse est trop longue : copiez-la de nouveau.',
    'setup.join.error.code.missing':
      'Saisissez le code d’inscription donné par l’administrateur du relais.',
    'setup.join.error.code.tooLong': 'Ce code d’inscription est trop long : copiez-le de nouveau.',
    'setup.join.error.deviceName.missing': 'Donnez un nom à ce poste, par exemple « Accueil ».',
    'setup.join.error.deviceName.tooLong': 'Le nom du poste doit faire moins de 80 caractères.',
    'setup.join.error.invalid': 'Cette valeur n’est pas acceptée.',
    'setup.refusal.unreachable':
      'Couvert n’a pas pu joindre de relais à cette adresse : vérifiez l’adresse et la connexion Internet de cet ordinateur.',
    'setup.refusal.codeRefused':
      'Le relais n’accepte pas ce code : il est inconnu, expiré ou déjà utilisé. Demandez-en un nouveau.',
    'setup.refusal.notRelay':
      'Quelque chose répond à cette adresse, mais ce n’est pas un relais Couvert : vérifiez l’adresse.',
    'setup.refusal.tooManyTries':
      'Trop de tentatives depuis cet ordinateur : attendez une minute, puis réessayez.',
    'setup.refusal.failed':
      'Le poste n’a pas pu le faire. Réessayez ; si cela se reproduit, redémarrez Couvert.',
    'setup.refusal.detail': 'Message du poste : {detail}',
    'setup.standalone.heading': 'Fonctionner seul',
    'setup.standalone.intro':
      'Ce poste garde le cahier sur cet ordinateur uniquement et fonctionne sans Internet.',
    'setup.standalone.consequence':
      'Les réservations des plateformes et les modifications faites sur les autres postes ne lui parviendront pas tant qu’il n’aura pas rejoint un relais. Vous pourrez en rejoindre un plus tard dans Réglages → Relais.',
    'setup.standalone.submit': 'Fonctionner seul',
    'setup.standalone.working': 'Installation…',
    'setup.restaurant.heading': 'Votre restaurant',
    'setup.restaurant.intro':
      'Son nom, son fuseau horaire et sa langue : le cahier affiche toutes les heures dans ce fuseau. Enregistrez, puis continuez.',
    'setup.restaurant.saveFirst':
      'Enregistrez d’abord le restaurant : indiquez son nom et appuyez sur Enregistrer.',
    'setup.continue': 'Continuer',
    'setup.back': 'Retour',
    'setup.platforms.heading': 'Connectez vos plateformes',
    'setup.platforms.intro':
      'Connectez les plateformes qui vous envoient des réservations. Vous pouvez passer cette étape et le faire plus tard dans Réglages → Plateformes.',
    'setup.platforms.skip': 'Passer pour l’instant',
    'setup.platforms.done': 'Ouvrir le poste',
    'setup.simulated.label': 'Démo — restaurant et plateformes simulés',
    'setup.simulated.tag': 'Démo',
    'setup.simulated.text': 'Restaurant et plateformes simulés',
    'settings.tab.relay': 'Relais',
    'setup.relay.heading': 'Relais',
    'setup.relay.mode': 'Ce poste',
    'setup.relay.mode.unconfigured': 'Pas encore installé',
    'setup.relay.mode.standalone': 'Seul : hors ligne uniquement',
    'setup.relay.mode.relay': 'Inscrit auprès d’un relais',
    'setup.relay.mode.demo': 'Démo : relais intégré et plateformes simulées',
    'setup.relay.address': 'Adresse du relais',
    'setup.relay.deskName': 'Nom du poste',
    'setup.relay.standaloneHint':
      'Les réservations des plateformes et des autres postes ne parviennent pas à ce poste. Rejoignez le relais du restaurant pour les recevoir.',
    'setup.relay.demoHint':
      'Tout est simulé ici : rien ne parvient à un vrai client ni à une vraie plateforme.',
    'setup.relay.unknown': 'Le poste n’a pas pu indiquer son installation : {message}',
    'setup.relay.retry': 'Redemander',
  },
});
