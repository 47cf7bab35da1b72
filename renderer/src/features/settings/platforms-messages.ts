import { defineMessages } from '../../i18n/define-messages';

/** Strings of Settings › Platforms: connecting, the masked credentials, the webhook address. */
export const platformsMessages = defineMessages({
  en: {
    'settings.platforms.heading': 'Booking platforms',
    'settings.platforms.intro':
      'Connect a platform with the access it gave you for this restaurant. The desk checks it with the platform before saving; secrets stay sealed on this computer and are only shown masked.',
    'settings.platforms.loading': 'Asking the desk which platforms are connected…',
    'settings.platforms.listFailed':
      'The desk did not say which platforms are connected: {message}',
    'settings.platforms.connected': 'Connected',
    'settings.platforms.notConnected': 'Not connected',
    'settings.platforms.restaurantId.thefork': 'TheFork restaurant id (UUID)',
    'settings.platforms.restaurantId.formitable': 'Restaurant uid',
    'settings.platforms.credential.clientId': 'Client id',
    'settings.platforms.credential.clientSecret': 'Client secret',
    'settings.platforms.credential.apiKey': 'API key',
    'settings.platforms.help.thefork':
      'TheFork Manager › Settings › API access gives the restaurant id, the client id and the client secret.',
    'settings.platforms.help.formitable':
      'In the Zenchef (Formitable) back office, the API page gives the restaurant uid and an API key.',
    'settings.platforms.masters': '{platform} is the reference for',
    'settings.platforms.mastersHint':
      'When the desk and {platform} disagree on something it is the reference for, its version wins; otherwise the difference waits in the Inbox.',
    'settings.platforms.entity.reservation': 'Bookings',
    'settings.platforms.entity.customer': 'Guests',
    'settings.platforms.mastersNothing': 'Nothing (the desk decides)',
    'settings.platforms.poll': 'Check {platform} for news every',
    'settings.platforms.connect': 'Connect {platform}',
    'settings.platforms.reconnect': 'Save and reconnect {platform}',
    'settings.platforms.checking': 'Checking with {platform}…',
    'settings.platforms.cancel': 'Cancel',
    'settings.platforms.edit': 'Change the connection to {platform}',
    'settings.platforms.disconnect': 'Disconnect {platform}',
    'settings.platforms.disconnect.title': 'Disconnect {platform}?',
    'settings.platforms.disconnect.body':
      'The desk stops exchanging bookings with {platform} and forgets its credentials. The bookings already on the desk stay.',
    'settings.platforms.disconnect.confirm': 'Disconnect',
    'settings.platforms.disconnect.keep': 'Keep connected',
    'settings.platforms.disconnected': '{platform} is disconnected.',
    'settings.platforms.disconnectFailed': '{platform} could not be disconnected: {message}',
    'settings.platforms.connectedNotice': '{platform} is connected: the desk now syncs with it.',
    'settings.platforms.refused': '{platform} was not connected',
    'settings.platforms.refusedKept': 'What you typed is kept: correct it and try again.',
    'settings.platforms.fixFields': 'Nothing was sent: correct the fields marked ⚠.',
    'settings.platforms.restaurantIdLabel': 'Restaurant id',
    'settings.platforms.reference': 'Reference for',
    'settings.platforms.every': 'Checks for news every',
    'settings.platforms.webhook': 'Webhook address to paste into {platform}',
    'settings.platforms.webhookHint':
      'With it, {platform} tells the desk about a change right away instead of waiting for the next check.',
    'settings.platforms.copy': 'Copy the webhook address of {platform}',
    'settings.platforms.copyShort': 'Copy',
    'settings.platforms.copied': 'Copied. Paste it into {platform}’s webhook settings.',
    'settings.platforms.copyFailed':
      'The address could not be copied: select it and copy it by hand.',
    'settings.platforms.noRelay':
      'No relay: {platform} cannot notify this desk, so the desk checks it for news every {interval}.',
    'settings.platforms.relayUnknown':
      'The webhook address appears here once the desk’s sync status is available.',
    'settings.platforms.others': 'Also configured on this desk (cannot be connected from here yet)',
    'settings.platforms.error.required': 'Required.',
    'settings.platforms.error.tooShort': 'Too short: {min} characters at least.',
    'settings.platforms.error.tooLong': 'Too long: {max} characters at most.',
    'settings.platforms.error.poll': 'Pick a time from the list.',
  },
  fr: {
    'settings.platforms.heading': 'Plateformes de réservation',
    'settings.platforms.intro':
      'Connectez une plateforme avec les accès qu’elle vous a donnés pour ce restaurant. Le poste les vérifie auprès de la plateforme avant de les enregistrer ; les secrets restent scellés sur cet ordinateur et ne s’affichent que masqués.',
    'settings.platforms.loading': 'Le poste vérifie quelles plateformes sont connectées…',
    'settings.platforms.listFailed':
      'Le poste n’a pas indiqué quelles plateformes sont connectées : {message}',
    'settings.platforms.connected': 'Connectée',
    'settings.platforms.notConnected': 'Non connectée',
    'settings.platforms.restaurantId.thefork': 'Identifiant du restaurant TheFork (UUID)',
    'settings.platforms.restaurantId.formitable': 'Uid du restaurant',
    'settings.platforms.credential.clientId': 'Identifiant client',
    'settings.platforms.credential.clientSecret': 'Secret client',
    'settings.platforms.credential.apiKey': 'Clé d’API',
    'settings.platforms.help.thefork':
      'TheFork Manager › Paramètres › Accès API donne l’identifiant du restaurant, l’identifiant client et le secret client.',
    'settings.platforms.help.formitable':
      'Dans l’espace Zenchef (Formitable), la page API donne l’uid du restaurant et une clé d’API.',
    'settings.platforms.masters': '{platform} fait référence pour',
    'settings.platforms.mastersHint':
      'Quand le poste et {platform} ne sont pas d’accord sur ce qui relève de sa référence, sa version l’emporte ; sinon, la différence attend dans « À traiter ».',
    'settings.platforms.entity.reservation': 'Les réservations',
    'settings.platforms.entity.customer': 'Les clients',
    'settings.platforms.mastersNothing': 'Rien (le poste décide)',
    'settings.platforms.poll': 'Intervalle de vérification de {platform}',
    'settings.platforms.connect': 'Connecter {platform}',
    'settings.platforms.reconnect': 'Enregistrer et reconnecter {platform}',
    'settings.platforms.checking': 'Vérification auprès de {platform}…',
    'settings.platforms.cancel': 'Annuler',
    'settings.platforms.edit': 'Modifier la connexion à {platform}',
    'settings.platforms.disconnect': 'Déconnecter {platform}',
    'settings.platforms.disconnect.title': 'Déconnecter {platform} ?',
    'settings.platforms.disconnect.body':
      'Le poste cesse d’échanger les réservations avec {platform} et oublie ses identifiants. Les réservations déjà sur le poste restent.',
    'settings.platforms.disconnect.confirm': 'Déconnecter',
    'settings.platforms.disconnect.keep': 'Rester connecté',
    'settings.platforms.disconnected': '{platform} est déconnectée.',
    'settings.platforms.disconnectFailed': '{platform} n’a pas pu être déconnectée : {message}',
    'settings.platforms.connectedNotice':
      '{platform} est connectée : le poste se synchronise désormais avec elle.',
    'settings.platforms.refused': '{platform} n’a pas été connectée',
    'settings.platforms.refusedKept': 'Votre saisie est conservée : corrigez-la et réessayez.',
    'settings.platforms.fixFields': 'Rien n’a été envoyé : corrigez les champs marqués ⚠.',
    'settings.platforms.restaurantIdLabel': 'Identifiant du restaurant',
    'settings.platforms.reference': 'Fait référence pour',
    'settings.platforms.every': 'Intervalle de vérification',
    'settings.platforms.webhook': 'Adresse de webhook à coller dans {platform}',
    'settings.platforms.webhookHint':
      'Grâce à elle, {platform} prévient le poste d’un changement aussitôt, sans attendre la prochaine vérification.',
    'settings.platforms.copy': 'Copier l’adresse de webhook de {platform}',
    'settings.platforms.copyShort': 'Copier',
    'settings.platforms.copied': 'Copiée. Collez-la dans les réglages de webhook de {platform}.',
    'settings.platforms.copyFailed':
      'L’adresse n’a pas pu être copiée : sélectionnez-la et copiez-la à la main.',
    'settings.platforms.noRelay':
      'Pas de relais : {platform} ne peut pas prévenir ce poste, qui l’interroge donc à intervalle régulier ({interval}).',
    'settings.platforms.relayUnknown':
      'L’adresse de webhook s’affiche ici dès que l’état de la synchronisation est disponible.',
    'settings.platforms.others': 'Aussi configurées sur ce poste (pas encore connectables d’ici)',
    'settings.platforms.error.required': 'Obligatoire.',
    'settings.platforms.error.tooShort': 'Trop court : au moins {min} caractères.',
    'settings.platforms.error.tooLong': 'Trop long : {max} caractères au plus.',
    'settings.platforms.error.poll': 'Choisissez une durée dans la liste.',
  },
});
